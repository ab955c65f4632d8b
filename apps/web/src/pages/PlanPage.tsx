import { Alert, Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Plan, PlanPriority } from '../api/types';
import { PlanSelect, useChosenPlan } from '../components/PlanChooser';
import { Empty, ErrorState, Loading, Section } from '../components/ui';
import { CommandButtons } from '../forms/CommandButton';
import { commandsFor, type CommandTarget } from '../forms/commands';
import { PLAN_COMMANDS } from '../forms/plan-commands';
import { formatDate } from '../format';
import { useAppState, useUser } from '../state';
import { usePageTitle } from './usePageTitle';

const KIND_LABELS: Record<string, string> = { 'corporate-strategy': 'Corporate strategy', 'policing-plan': 'Policing plan' };
const CHANGE_LABELS: Record<string, string> = {
  defined: 'Plan adopted',
  'priority-defined': 'Priority defined',
  'priority-reworded': 'Priority reworded',
  'priority-retired': 'Priority retired',
};
const TIERS = [
  { tier: 'londoners', title: 'Priorities for Londoners' },
  { tier: 'excellence', title: 'Priorities for excellence' },
] as const;

/** The plan the programme serves: its strategy, its priorities in tiers, and how it changed. */
export function PlanPage() {
  usePageTitle('Plan');
  const { programmeId, plans, planId, plan, choose } = useChosenPlan();
  if (plans.isLoading || !programmeId) return <Loading />;
  if (plans.error) return <ErrorState error={plans.error} />;
  if (!plans.data?.items.length) return <Alert>No plan has been recorded for this programme.</Alert>;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Plan
      </Title>
      <Group align="flex-end">
        <PlanSelect plans={plans.data.items} planId={planId} onChange={choose} />
      </Group>
      {plan.isLoading && <Loading />}
      {plan.error && <ErrorState error={plan.error} />}
      {plan.data && <PlanView plan={plan.data} programmeId={programmeId} />}
    </Stack>
  );
}

function PlanView({ plan, programmeId }: { plan: Plan; programmeId: string }) {
  const user = useUser();
  const { asAt } = useAppState();
  const target: CommandTarget = { programmeId, plan, user };
  const can = (scope: 'plan' | 'priority', t: CommandTarget) => (asAt ? [] : commandsFor(scope, t, PLAN_COMMANDS));
  const titleOf = (id: string | null) => plan.priorities.find((p) => p.priorityId === id)?.title ?? id ?? '';

  return (
    <>
      <Section title="Strategy" id="strategy">
        <Text size="sm" mb="xs" data-testid="plan-period">
          {KIND_LABELS[plan.kind] ?? plan.kind}, {plan.firstYear === plan.lastYear ? plan.firstYear : `${plan.firstYear} to ${plan.lastYear}`}; adopted {formatDate(plan.adoptedOn)}.
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Statement label="Mission" text={plan.mission} />
          <Statement label="Vision" text={plan.vision} />
          <Listed label="Values" items={plan.values} />
          <Listed label="Critical success factors" items={plan.criticalSuccessFactors} />
        </SimpleGrid>
      </Section>

      {can('plan', target).some((c) => c.id === 'define-priority') && (
        <Group gap="xs" role="group" aria-label="Plan actions">
          <CommandButtons commands={can('plan', target).filter((c) => c.id === 'define-priority')} target={target} />
        </Group>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {TIERS.map(({ tier, title }) => {
          const priorities = plan.priorities.filter((p) => p.tier === tier);
          return (
            <Section key={tier} title={title} id={`tier-${tier}`}>
              {priorities.length === 0 ? (
                <Empty>None in this plan.</Empty>
              ) : (
                <Stack gap="sm" component="ol" style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}>
                  {priorities.map((p) => (
                    <PriorityItem key={p.priorityId} priority={p} mergedIntoTitle={titleOf(p.mergedInto)} commands={can('priority', { ...target, priority: p })} target={{ ...target, priority: p }} />
                  ))}
                </Stack>
              )}
            </Section>
          );
        })}
      </SimpleGrid>

      <Section title="How the plan changed" id="plan-history">
        {plan.history.length === 0 ? (
          <Empty>No change recorded.</Empty>
        ) : (
          <Stack component="ol" gap="xs" data-testid="plan-history" style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}>
            {plan.history.map((h, n) => (
              <li key={n} className="plan-change">
                <Text size="sm">
                  <strong>{formatDate(h.on)}</strong> · {CHANGE_LABELS[h.change] ?? h.change}{h.change === 'priority-reworded' ? ' to' : ':'} “{h.title}”
                </Text>
                {h.reason && (
                  <Text size="sm" c="dimmed">
                    Reason: {h.reason}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Section>
    </>
  );
}

function PriorityItem({ priority, mergedIntoTitle, commands, target }: { priority: PlanPriority; mergedIntoTitle: string; commands: ReturnType<typeof commandsFor>; target: CommandTarget }) {
  const earlier = priority.titles.filter((t) => t !== priority.title);
  return (
    <li data-testid={`priority-${priority.priorityId}`}>
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        <Text fw={600} c={priority.status === 'retired' ? 'dimmed' : undefined} td={priority.status === 'retired' ? 'line-through' : undefined}>
          {priority.title}
        </Text>
        {priority.status === 'retired' && (
          <Badge color="gray.7" variant="filled" size="sm" styles={{ root: { flexShrink: 0 } }}>
            {priority.mergedInto ? 'Merged' : 'Retired'}
          </Badge>
        )}
      </Group>
      {priority.mergedInto && <Text size="sm">Merged into “{mergedIntoTitle}”</Text>}
      {earlier.length > 0 && (
        <Text size="sm" c="dimmed">
          Earlier wording: {earlier.map((t) => `“${t}”`).join('; ')}
        </Text>
      )}
      {commands.length > 0 && (
        <Group gap={6} mt={4} role="group" aria-label={`Actions on ${priority.title}`}>
          <CommandButtons commands={commands} target={target} />
        </Group>
      )}
    </li>
  );
}

function Statement({ label, text }: { label: string; text: string | null }) {
  return (
    <div>
      <Title order={3} size="h5">
        {label}
      </Title>
      {text ? <Text>{text}</Text> : <Empty>Not recorded.</Empty>}
    </div>
  );
}

function Listed({ label, items }: { label: string; items: string[] }) {
  return (
    <div>
      <Title order={3} size="h5">
        {label}
      </Title>
      {items.length ? (
        <List size="sm">
          {items.map((v) => (
            <List.Item key={v}>{v}</List.Item>
          ))}
        </List>
      ) : (
        <Empty>Not recorded.</Empty>
      )}
    </div>
  );
}
