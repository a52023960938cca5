import { useRef, useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconReplace, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DECISION_DOMAINS, isDecisionDomain } from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { all, maxLength, required, type Validator } from '@/lib/validation';
import { useCreateDecision } from '../api/create-decision';
import {
  MAX_DECISION_OPTIONS,
  type DecisionDetailResponse,
  type DecisionInput,
  type DecisionResponse,
  type Option,
} from '../api/types';
import { useUpdateDecision } from '../api/update-decision';

const TITLE_MAX_LENGTH = 200;
const CONTEXT_MAX_LENGTH = 20_000;
const OPTION_MAX_LENGTH = 500;

type Field = 'title' | 'context' | 'domain' | 'clientId';

export type DecisionFormMode =
  | { kind: 'propose' }
  | { kind: 'edit'; decision: DecisionResponse }
  /** A new proposal that replaces a decided decision once it is decided itself. */
  | { kind: 'supersede'; decision: DecisionResponse };

interface DecisionFormModalProps {
  workspaceId: string;
  mode: DecisionFormMode | null;
  clients: readonly Option[];
  /** A member limited to some clients must say which one a decision concerns. */
  clientRequired: boolean;
  onClose: () => void;
  onSaved: (decision: DecisionDetailResponse) => void;
}

export function DecisionFormModal(props: DecisionFormModalProps) {
  const { t } = useTranslation('decisions');
  const { mode } = props;
  const title =
    mode?.kind === 'edit'
      ? t('form.editTitle')
      : mode?.kind === 'supersede'
        ? t('form.supersedeTitle')
        : t('form.proposeTitle');
  return (
    <Modal opened={mode !== null} onClose={props.onClose} title={title} size="lg">
      {mode ? (
        <DecisionForm
          key={mode.kind === 'propose' ? 'new' : `${mode.kind}-${mode.decision.id}`}
          {...props}
          mode={mode}
          formTitle={title}
        />
      ) : null}
    </Modal>
  );
}

interface OptionDraft {
  key: number;
  text: string;
}

function DecisionForm({
  workspaceId,
  mode,
  clients,
  clientRequired,
  onClose,
  onSaved,
  formTitle,
}: DecisionFormModalProps & { mode: DecisionFormMode; formTitle: string }) {
  const { t } = useTranslation(['decisions', 'common']);
  const createDecision = useCreateDecision(workspaceId);
  const updateDecision = useUpdateDecision(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const source = mode.kind === 'propose' ? null : mode.decision;
  const keyCounter = useRef(0);
  const nextKey = () => (keyCounter.current += 1);
  const [options, setOptions] = useState<OptionDraft[]>(() =>
    (source?.options ?? []).map((text) => ({ key: nextKey(), text })),
  );
  const optionsRef = useRef<HTMLDivElement>(null);

  const clientValidator: Validator = clientRequired ? required : () => null;
  const form = useForm<Field>({
    initialValues: {
      title: source?.title ?? '',
      context: source?.context ?? '',
      domain: source?.domain ?? '',
      clientId: source?.clientId ?? (clientRequired && clients.length === 1 ? clients[0].id : ''),
    },
    validators: {
      title: all(required, maxLength(TITLE_MAX_LENGTH)),
      context: maxLength(CONTEXT_MAX_LENGTH),
      domain: required,
      clientId: clientValidator,
    },
  });

  const optionError = (text: string) =>
    text.trim().length > OPTION_MAX_LENGTH
      ? t('common:validation.tooLong', { max: OPTION_MAX_LENGTH })
      : undefined;
  const optionsValid = options.every((option) => !optionError(option.text));

  const focusOption = (index: number) =>
    // after React rendered the new input
    requestAnimationFrame(() =>
      optionsRef.current?.querySelectorAll<HTMLInputElement>('input[data-option]')[index]?.focus(),
    );

  const addOption = (at = options.length) => {
    if (options.length >= MAX_DECISION_OPTIONS) return;
    setOptions((current) => [
      ...current.slice(0, at),
      { key: nextKey(), text: '' },
      ...current.slice(at),
    ]);
    focusOption(at);
  };

  const submit = form.onSubmit((values) => {
    if (!optionsValid || !isDecisionDomain(values.domain)) return;
    setFormError(null);
    const onError = (error: unknown) => setFormError(form.absorbServerError(error));
    const input: DecisionInput = {
      title: values.title.trim(),
      context: values.context.trim(),
      domain: values.domain,
      options: options.map((option) => option.text.trim()).filter(Boolean),
    };
    if (mode.kind === 'edit') {
      updateDecision.mutate(
        {
          decisionId: mode.decision.id,
          changes: { ...input, clientId: values.clientId || null },
        },
        { onSuccess: onSaved, onError },
      );
      return;
    }
    if (values.clientId) input.clientId = values.clientId;
    if (mode.kind === 'supersede') input.supersedesId = mode.decision.id;
    createDecision.mutate(input, { onSuccess: onSaved, onError });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={formTitle}>
      <Stack gap="md">
        {mode.kind === 'supersede' ? (
          <Alert variant="light" color="blue" icon={<IconReplace aria-hidden />}>
            {t('form.supersedeNotice', { title: mode.decision.title })}
          </Alert>
        ) : null}
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('form.title')}
          placeholder={t('form.titlePlaceholder')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('form.context')}
          description={t('form.contextDescription')}
          placeholder={t('form.contextPlaceholder')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('context')}
          onChange={(event) => form.setValue('context', event.currentTarget.value)}
        />
        <Radio.Group
          label={t('form.domain')}
          withAsterisk
          {...form.getValueProps('domain')}
          onChange={(value) => form.setValue('domain', value)}
          // a replacement stays in the domain of what it replaces
          readOnly={mode.kind === 'supersede'}
        >
          <Stack gap="xs" mt={6}>
            {DECISION_DOMAINS.map((domain) => (
              <Radio
                key={domain}
                value={domain}
                label={t(`domain.${domain}`)}
                description={t(`domainHint.${domain}`)}
                disabled={mode.kind === 'supersede' && domain !== form.values.domain}
              />
            ))}
          </Stack>
        </Radio.Group>
        {clients.length > 0 ? (
          <Select
            label={t('form.client')}
            description={clientRequired ? undefined : t('form.clientDescription')}
            placeholder={clientRequired ? t('form.clientPlaceholder') : t('form.wholeBusiness')}
            data={clients.map((c) => ({ value: c.id, label: c.name }))}
            withAsterisk={clientRequired}
            clearable={!clientRequired}
            searchable
            {...form.getValueProps('clientId')}
            value={form.values.clientId || null}
          />
        ) : null}
        <Fieldset legend={t('form.options')} variant="unstyled">
          <Stack gap="xs" ref={optionsRef}>
            <Text size="xs" c="dimmed">
              {t('form.optionsDescription')}
            </Text>
            {options.map((option, index) => (
              <Group key={option.key} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('form.option', { number: index + 1 })}
                  placeholder={t('form.optionPlaceholder')}
                  value={option.text}
                  data-option
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    setOptions((current) =>
                      current.map((o) => (o.key === option.key ? { ...o, text } : o)),
                    );
                  }}
                  onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                    // Enter adds the next option rather than submitting the proposal
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      addOption(index + 1);
                    }
                  }}
                  error={optionError(option.text)}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('form.removeOption', { number: index + 1 })}
                  onClick={() => {
                    setOptions((current) => current.filter((o) => o.key !== option.key));
                    if (options.length > 1) focusOption(Math.max(0, index - 1));
                  }}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => addOption()}
                disabled={options.length >= MAX_DECISION_OPTIONS}
              >
                {t('form.addOption')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={createDecision.isPending || updateDecision.isPending}>
            {mode.kind === 'edit' ? t('form.save') : t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
