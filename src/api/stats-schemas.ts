/**
 * Schemas of GET /v1/stats: counts, rates and alerts.
 * @module
 */
import { z } from 'zod'

const counts = z.record(z.string(), z.number())

export const StatsReport = z.object({
  from: z.string(),
  to: z.string(),
  thresholds: z
    .object({ bounce_rate: z.number(), complaint_rate: z.number(), min_sends: z.number() })
    .meta({ description: 'ALERT_BOUNCE_RATE, ALERT_COMPLAINT_RATE and ALERT_MIN_SENDS in force.' }),
  days: z.array(
    z.object({
      day: z.string(),
      total: z.number(),
      by_disposition: counts,
      by_reason: counts,
      by_provider: counts,
      sent: z.number().nullable().meta({ description: 'Sends, when a door reports them (none does yet).' }),
      delivered: z.number().meta({ description: 'Provider delivery events.' }),
      rate_denominator: z
        .enum(['sent', 'delivered+bounced'])
        .nullable()
        .meta({ description: 'What the rates divide by; null (and no rates) on a day without deliveries.' }),
      denominator: z.number().nullable(),
      bounce_rate: z.number().nullable().meta({ description: 'Hard bounces / denominator.' }),
      complaint_rate: z.number().nullable().meta({ description: 'Complaints / denominator.' }),
      alerts: z
        .array(z.enum(['bounce_rate', 'complaint_rate']))
        .meta({ description: 'Thresholds crossed, with at least min_sends in the denominator.' }),
    })
  ),
  bounce_reasons: counts.meta({
    description: 'Reasons of hard, soft, block and complaint events in the range.',
  }),
  top_domains: z.array(
    z.object({
      domain: z.string(),
      events: z.number(),
      hard: z.number(),
      soft: z.number(),
      block: z.number(),
      complaint: z.number(),
    })
  ),
  sender_health: z.object({ block_events: z.number(), blocks_by_reason: counts }),
})
