import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENTS, isEngagement, type Engagement } from '@relais/domain';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useForm, type FormError } from '@/hooks/use-form';
import { useFormatters } from '@/i18n/format';
import { all, maxLength, numberBetween, optional, parseDecimal, required } from '@/lib/validation';
import { useCreateClient } from '../api/create-client';
import type { ClientInput, ClientResponse } from '../api/types';
import { useUpdateClient } from '../api/update-client';

const NAME_MAX_LENGTH = 120;

type MoneyField = 'hourlyRateCents' | 'monthlyAmountCents' | 'commissionPercent';

/** The money fields that make sense for each engagement. */
const MONEY_FIELDS: Record<Engagement, MoneyField[]> = {
  hourly: ['hourlyRateCents'],
  retainer: ['monthlyAmountCents'],
  fixed_plus_commission: ['monthlyAmountCents', 'commissionPercent'],
};

const centsToText = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? '' : String(cents / 100);
const numberToText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const textToNumber = (text: string) => (text.trim() ? parseDecimal(text) : null);
const textToCents = (text: string) => {
  const value = textToNumber(text);
  return value === null ? null : Math.round(value * 100);
};

interface ClientFormModalProps {
  workspaceId: string;
  /** The client to edit; none to create one. */
  client: ClientResponse | null;
  opened: boolean;
  canSeeMoney: boolean;
  currency: string;
  onClose: () => void;
  onSaved: (client: ClientResponse) => void;
}

export function ClientFormModal(props: ClientFormModalProps) {
  const { t } = useTranslation('clients');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.client ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
    >
      {/* a fresh form each time it opens, with the client's current values */}
      {props.opened ? <ClientForm key={props.client?.id ?? 'new'} {...props} /> : null}
    </Modal>
  );
}

function ClientForm({
  workspaceId,
  client,
  canSeeMoney,
  currency,
  onClose,
  onSaved,
}: ClientFormModalProps) {
  const { t } = useTranslation(['clients', 'common']);
  const format = useFormatters();
  const createClient = useCreateClient(workspaceId);
  const updateClient = useUpdateClient(workspaceId);
  const [formError, setFormError] = useState<FormError | null>(null);
  const [engagement, setEngagement] = useState<Engagement>(client?.engagement ?? 'hourly');
  const moneyFields = canSeeMoney ? MONEY_FIELDS[engagement] : [];
  const shows = (field: MoneyField) => moneyFields.includes(field);

  const form = useForm({
    initialValues: {
      name: client?.name ?? '',
      monthlyHoursBudget: numberToText(client?.monthlyHoursBudget),
      hourlyRateCents: centsToText(client?.hourlyRateCents),
      monthlyAmountCents: centsToText(client?.monthlyAmountCents),
      commissionPercent: numberToText(client?.commissionPercent),
    },
    // fields the engagement hides are not checked (nor sent)
    validators: {
      name: all(required, maxLength(NAME_MAX_LENGTH)),
      monthlyHoursBudget: optional(numberBetween({ min: 0, max: 10_000 })),
      hourlyRateCents: shows('hourlyRateCents')
        ? optional(numberBetween({ min: 0, max: 100_000 }))
        : undefined,
      monthlyAmountCents: shows('monthlyAmountCents')
        ? optional(numberBetween({ min: 0, max: 10_000_000 }))
        : undefined,
      commissionPercent: shows('commissionPercent')
        ? optional(numberBetween({ min: 0, max: 100 }))
        : undefined,
    },
  });

  const currencySymbol =
    new Intl.NumberFormat(format.locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value ?? currency;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const input: ClientInput = {
      name: values.name.trim(),
      engagement,
      monthlyHoursBudget: textToNumber(values.monthlyHoursBudget),
    };
    if (shows('hourlyRateCents')) input.hourlyRateCents = textToCents(values.hourlyRateCents);
    if (shows('monthlyAmountCents')) {
      input.monthlyAmountCents = textToCents(values.monthlyAmountCents);
    }
    if (shows('commissionPercent')) {
      input.commissionPercent = textToNumber(values.commissionPercent);
    }
    const onError = (error: unknown) => setFormError(form.absorbServerError(error));
    if (client) {
      updateClient.mutate({ clientId: client.id, changes: input }, { onSuccess: onSaved, onError });
    } else {
      // a new client: leave out what was not filled in rather than sending nulls
      const body = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== null),
      ) as unknown as ClientInput;
      createClient.mutate(body, { onSuccess: onSaved, onError });
    }
  });

  const pending = createClient.isPending || updateClient.isPending;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={client ? t('form.editTitle') : t('form.createTitle')}
    >
      <Stack gap="md">
        {formError ? <ErrorAlert error={formError.error} details={formError.details} /> : null}
        <TextInput
          label={t('fields.name')}
          placeholder={t('fields.namePlaceholder')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('fields.engagement')}
          description={t('fields.engagementDescription')}
          data={ENGAGEMENTS.map((value) => ({ value, label: t(`engagement.${value}`) }))}
          value={engagement}
          onChange={(value) => {
            if (isEngagement(value)) setEngagement(value);
          }}
          allowDeselect={false}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('fields.monthlyHoursBudget')}
            description={t('fields.monthlyHoursBudgetDescription')}
            inputMode="decimal"
            rightSection={t('units.hours')}
            {...form.getInputProps('monthlyHoursBudget')}
          />
          {shows('hourlyRateCents') ? (
            <TextInput
              label={t('fields.hourlyRate')}
              inputMode="decimal"
              rightSection={currencySymbol}
              {...form.getInputProps('hourlyRateCents')}
            />
          ) : null}
          {shows('monthlyAmountCents') ? (
            <TextInput
              label={
                engagement === 'retainer' ? t('fields.monthlyRetainer') : t('fields.monthlyFixed')
              }
              inputMode="decimal"
              rightSection={currencySymbol}
              {...form.getInputProps('monthlyAmountCents')}
            />
          ) : null}
          {shows('commissionPercent') ? (
            <TextInput
              label={t('fields.commissionPercent')}
              inputMode="decimal"
              rightSection="%"
              {...form.getInputProps('commissionPercent')}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {client ? t('form.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
