import { MAX_PROCESS_STEPS, MAX_STEP_LENGTH, parseProcessSteps } from './process-steps';

describe('parseProcessSteps', () => {
  it('takes the items of bulleted, numbered and task lists, in order', () => {
    const body = [
      '# Publier la newsletter',
      '',
      'Chaque mardi avant 10 h.',
      '',
      '- Relire le brouillon',
      '* Vérifier les liens',
      '+ Programmer l’envoi',
      '1. Exporter la liste',
      '2) Nettoyer les doublons',
      '- [ ] Envoyer le test',
      '- [x] Archiver',
      '10. Dixième étape',
    ].join('\n');
    expect(parseProcessSteps(body)).toEqual([
      'Relire le brouillon',
      'Vérifier les liens',
      'Programmer l’envoi',
      'Exporter la liste',
      'Nettoyer les doublons',
      'Envoyer le test',
      'Archiver',
      'Dixième étape',
    ]);
  });

  it('keeps nested items and trims every step', () => {
    expect(
      parseProcessSteps('- Ouvrir le CRM  \n    - Filtrer les leads\r\n\t1. Exporter'),
    ).toEqual(['Ouvrir le CRM', 'Filtrer les leads', 'Exporter']);
  });

  it.each([
    ['prose and headings', '# Titre\nUn paragraphe.\n## Étapes'],
    ['thematic breaks', '---\n* * *\n- - -\n___'],
    ['empty items', '-\n- \n- [ ]\n- [ ]   \n1.'],
    ['markers without a space', '-tiret\n1.2 version\n**gras**'],
    ['fenced code', '```\n- not a step\n```\n~~~sh\n1. nope\n~~~'],
  ])('ignores %s', (_label, body) => {
    expect(parseProcessSteps(body)).toEqual([]);
  });

  it('resumes after a fenced block closes', () => {
    expect(parseProcessSteps('- avant\n```\n- code\n```\n- après')).toEqual(['avant', 'après']);
  });

  it('keeps inline markdown as written', () => {
    expect(parseProcessSteps('- Lire **le brief** et [la charte](https://x.test)')).toEqual([
      'Lire **le brief** et [la charte](https://x.test)',
    ]);
  });

  it('cuts long steps and keeps at most the maximum number of steps', () => {
    const long = 'x'.repeat(MAX_STEP_LENGTH + 50);
    const [step] = parseProcessSteps(`- ${long}`);
    expect(step).toHaveLength(MAX_STEP_LENGTH);
    expect(step.endsWith('…')).toBe(true);
    const many = Array.from({ length: MAX_PROCESS_STEPS + 5 }, (_, i) => `- step ${i}`).join('\n');
    expect(parseProcessSteps(many)).toHaveLength(MAX_PROCESS_STEPS);
  });

  it('reads an empty body as no steps', () => {
    expect(parseProcessSteps('')).toEqual([]);
  });
});
