import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { useFormatters } from '@/i18n/format';
import { all, numberBetween, parseDecimal, required } from '@/lib/validation';
import { useRecordRevenue } from '../api/record-revenue';

/** The largest revenue the API takes for a month: 100 billion in the currency. */
const MAX_REVENUE = 100_000_000_000;

interface RevenueModalProps {
  workspaceId: string;
  client: { id: string; name: string } | null;
  /** `YYYY-MM` */
  month: string;
  monthLabel: string;
  currentCents: number | null;
  currency: string;
  onClose: () => void;
}

/** The founder records a fixed-plus-commission client's revenue for the month. */
export function RevenueModal(props: RevenueModalProps) {
  const { t } = useTranslation('budgets');
  return (
    <Modal
      opened={props.client !== null}
      onClose={props.onClose}
      title={props.client ? t('revenue.title', { client: props.client.name }) : ''}
    >
      {props.client ? <RevenueForm key={props.client.id} {...props} client={props.client} /> : null}
    </Modal>
  );
}

function RevenueForm({
  workspaceId,
  client,
  month,
  monthLabel,
  currentCents,
  currency,
  onClose,
}: RevenueModalProps & { client: { id: string; name: string } }) {
  const { t } = useTranslation(['budgets', 'common']);
  const format = useFormatters();
  const record = useRecordRevenue(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const form = useForm({
    initialValues: { revenueCents: currentCents === null ? '' : String(currentCents / 100) },
    validators: { revenueCents: all(required, numberBetween({ min: 0, max: MAX_REVENUE })) },
  });
  const currencySymbol =
    new Intl.NumberFormat(format.locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value ?? currency;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    record.mutate(
      {
        clientId: client.id,
        month,
        revenueCents: Math.round(parseDecimal(values.revenueCents) * 100),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('revenue.saved', { client: client.name }),
          });
          onClose();
        },
        onError: (error) => setFormError(form.absorbServerError(error)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('revenue.title', { client: client.name })}>
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('revenue.amount', { month: monthLabel })}
          description={t('revenue.description')}
          inputMode="decimal"
          rightSection={currencySymbol}
          withAsterisk
          data-autofocus
          {...form.getInputProps('revenueCents')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('revenue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
