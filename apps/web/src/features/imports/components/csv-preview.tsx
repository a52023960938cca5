import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '@relais/domain';
import type { ColumnMapping, CsvTable } from '../utils/column-guess';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 5;

/** The first rows of the file as a table, each column marked with the field it feeds. */
export function CsvPreview({ table, mapping }: { table: CsvTable; mapping: ColumnMapping }) {
  const { t } = useTranslation('imports');
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  // a column feeds the fields mapped to its name (the API reads the first column of a name)
  const fieldsOf = (index: number): ImportField[] => {
    const name = table.columns[index].trim();
    if (name === '' || table.columns.findIndex((c) => c.trim() === name) !== index) return [];
    return (Object.entries(mapping) as [ImportField, string][])
      .filter(([, column]) => column === name)
      .map(([field]) => field);
  };
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={Math.min(240 * table.columns.length, 1400)}>
        <Table verticalSpacing="xs" striped withColumnBorders captionSide="top">
          <Table.Caption>
            {shown.length === table.rows.length
              ? t('preview.captionAll', { count: table.rows.length })
              : t('preview.caption', { shown: shown.length, total: table.rows.length })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={56}>
                {t('preview.line')}
              </Table.Th>
              {table.columns.map((column, index) => (
                <Table.Th key={index} scope="col">
                  <Stack gap={4}>
                    <Text size="sm" fw={600}>
                      {column.trim() || t('preview.column', { number: index + 1 })}
                    </Text>
                    {fieldsOf(index).map((field) => (
                      <Badge key={field} variant="light" size="sm" tt="none">
                        <span aria-hidden>→ </span>
                        <Text span size="xs" inherit>
                          {t(`fields.${field}`)}
                        </Text>
                      </Badge>
                    ))}
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {table.lines[rowIndex]}
                  </Text>
                </Table.Td>
                {table.columns.map((_, index) => (
                  <Table.Td key={index}>
                    <Text size="xs" lineClamp={2} maw={320} style={{ overflowWrap: 'anywhere' }}>
                      {row[index] ?? ''}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
