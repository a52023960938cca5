import { useEffect, useRef } from 'react';
import { Alert, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconFileImport,
  IconLayoutKanban,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SectionError, SectionLoader } from '@/components/ui/query-state';
import { isFinished, useImport } from '../api/get-import';
import {
  isImportReasonCode,
  type ImportReason,
  type ImportReasonCode,
  type ImportReasonParams,
  type ImportRowError,
  type TaskImportResponse,
} from '../api/types';

interface ImportProgressProps {
  workspaceId: string;
  importId: string;
  projectPath: (projectId: string) => string;
  onRestart: () => void;
}

/** A running import followed until it ends, then what it imported and the rows it could not. */
export function ImportProgress({
  workspaceId,
  importId,
  projectPath,
  onRestart,
}: ImportProgressProps) {
  const { t } = useTranslation('imports');
  const query = useImport(workspaceId, importId);
  if (query.isPending) return <SectionLoader label={t('progress.loading')} />;
  if (query.isError) {
    return (
      <SectionError error={query.error} retry={() => void query.refetch()}>
        <Button variant="default" onClick={onRestart}>
          {t('result.another')}
        </Button>
      </SectionError>
    );
  }
  return <ImportReport report={query.data} projectPath={projectPath} onRestart={onRestart} />;
}

/** The report of one import, as polled: a progress bar, then the outcome. */
export function ImportReport({
  report,
  projectPath,
  onRestart,
}: {
  report: TaskImportResponse;
  projectPath: (projectId: string) => string;
  onRestart: () => void;
}) {
  const { t } = useTranslation('imports');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finished = isFinished(report.status);
  // keyboard and screen reader users land on the import as it starts
  useEffect(() => headingRef.current?.focus(), []);

  const { totalRows: total, processedRows: processed } = report;
  const percent = total > 0 ? Math.round((processed / total) * 100) : 0;
  const rowsText = t('progress.rows', { processed, total });
  // line 0: the import as a whole could not run
  const general = report.errors.filter((e) => e.line === 0);
  const badRows = report.errors.filter((e) => e.line > 0);
  const rejected = report.processedRows - report.importedRows;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4" ref={headingRef} tabIndex={-1}>
            {t(`progress.${report.status}`)}
          </Title>
          <Progress.Root
            size="xl"
            radius="md"
            role="progressbar"
            aria-label={t('progress.label')}
            aria-valuemin={0}
            aria-valuemax={total > 0 ? total : undefined}
            aria-valuenow={total > 0 ? processed : undefined}
            aria-valuetext={total > 0 ? rowsText : t(`progress.${report.status}`)}
          >
            <Progress.Section
              value={finished && total === 0 ? 100 : percent}
              color={report.status === 'failed' ? 'red' : finished ? 'green' : undefined}
              animated={!finished}
              withAria={false}
            />
          </Progress.Root>
          <Text size="sm" aria-hidden>
            {total > 0 ? rowsText : null}
          </Text>
        </Stack>
      </Paper>

      {/* an alert: announced once, when the import ends */}
      {finished ? (
        report.status === 'done' ? (
          <Alert
            color={rejected > 0 ? 'yellow' : 'green'}
            variant="light"
            icon={
              rejected > 0 ? <IconAlertTriangle aria-hidden /> : <IconCircleCheck aria-hidden />
            }
            title={t('result.imported', { count: report.importedRows })}
          >
            {rejected > 0 ? t('result.rejected', { count: rejected }) : t('result.allGood')}
          </Alert>
        ) : (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Text size="sm" fw={600}>
              {t('result.imported', { count: report.importedRows })}
            </Text>
            {general.map((error) => (
              <ErrorReasons key={error.message} error={error} />
            ))}
          </Alert>
        )
      ) : null}

      {finished && badRows.length > 0 ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('result.badRows')}
          </Title>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={480}>
              <Table verticalSpacing="xs" aria-label={t('result.badRows')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={90}>
                      {t('result.line')}
                    </Table.Th>
                    <Table.Th scope="col">{t('result.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {badRows.map((error) => (
                    <Table.Tr key={error.line}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {error.line}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <ErrorReasons error={error} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          {rejected > badRows.length ? (
            <Text size="sm" c="dimmed">
              {t('result.moreNotListed', { count: rejected - badRows.length })}
            </Text>
          ) : null}
        </Stack>
      ) : null}

      {finished ? (
        <Group gap="sm">
          <Button
            component={Link}
            to={projectPath(report.projectId)}
            leftSection={<IconLayoutKanban size={16} aria-hidden />}
          >
            {t('result.openProject')}
          </Button>
          <Button
            variant="default"
            onClick={onRestart}
            leftSection={<IconFileImport size={16} aria-hidden />}
          >
            {t('result.another')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

type ReasonTexts = {
  [C in ImportReasonCode]: (params: ImportReasonParams[C]) => string;
};

/** The text of each reason code: a code the domain adds fails the type check until it is said. */
function useReasonTexts(): ReasonTexts {
  const { t } = useTranslation('imports');
  return {
    extra_fields: (params) => t('result.reasons.extra_fields', params),
    title_empty: () => t('result.reasons.title_empty'),
    title_too_long: (params) => t('result.reasons.title_too_long', params),
    description_too_long: (params) => t('result.reasons.description_too_long', params),
    invalid_date: (params) => t('result.reasons.invalid_date', params),
    unknown_status: (params) => t('result.reasons.unknown_status', params),
    unknown_priority: (params) => t('result.reasons.unknown_priority', params),
    unknown_assignee: (params) => t('result.reasons.unknown_assignee', params),
    unclosed_quote: () => t('result.reasons.unclosed_quote'),
    project_missing: () => t('result.reasons.project_missing'),
    no_header: () => t('result.reasons.no_header'),
    import_stopped: () => t('result.reasons.import_stopped'),
  };
}

/**
 * What is wrong with a row, one reason a line, in the interface's language. The API's English
 * message stands in for imports recorded before reasons had codes, or a code this client does not
 * know yet (an open tab older than the API).
 */
function ErrorReasons({ error }: { error: ImportRowError }) {
  const texts = useReasonTexts();
  const translatable =
    error.reasons.length > 0 && error.reasons.every((reason) => isImportReasonCode(reason.code));
  const lines = translatable
    ? error.reasons.map(({ code, params }) =>
        (texts[code] as (p: ImportReason['params']) => string)(params),
      )
    : [error.message];
  return lines.map((line, index) => (
    <Text key={index} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {line}
    </Text>
  ));
}
