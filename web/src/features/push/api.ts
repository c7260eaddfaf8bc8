import { api } from '../../api/client';

/** Wire types of the push API (src/features/push/routes.ts on the server). */

export const EMAIL_MODES = ['none', 'immediate', 'daily'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
export type SubscriptionKind = 'demand' | 'search' | 'patent';

export interface Subscription {
  id: number;
  kind: SubscriptionKind;
  demandId: number | null;
  patentId: number | null;
  query: string | null;
  filters: Record<string, string[]>;
  label: string;
  topK: number;
  email: EmailMode;
  webhookId: number | null;
  active: boolean;
  createdAt: string;
}

export interface SubscriptionInput {
  kind: SubscriptionKind;
  demandId?: number;
  patentId?: number;
  query?: string;
  filters?: Record<string, string[]>;
  label?: string;
  topK?: number;
  email?: EmailMode;
  webhookId?: number | null;
}

export interface SubscriptionChange {
  label?: string;
  topK?: number;
  email?: EmailMode;
  webhookId?: number | null;
  active?: boolean;
}

export interface Notification {
  id: number;
  subscriptionId: number | null;
  objectType: 'patent' | 'demand';
  objectId: number;
  title: string;
  body: string;
  /** Path in the web app, e.g. /patents/123. */
  link: string;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  total: number;
  unread: number;
  page: number;
  pageSize: number;
  items: Notification[];
}

export interface Webhook {
  id: number;
  url: string;
  active: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export interface Delivery {
  id: number;
  event: string;
  notificationId: number | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

const V1 = '/api/v1';

export const pushApi = {
  subscriptions: (signal?: AbortSignal) => api.get<Subscription[]>(`${V1}/subscriptions`, { signal }),
  subscribe: (input: SubscriptionInput) => api.post<Subscription>(`${V1}/subscriptions`, input),
  change: (id: number, change: SubscriptionChange) =>
    api.patch<Subscription>(`${V1}/subscriptions/${id}`, change),
  unsubscribe: (id: number) => api.delete<void>(`${V1}/subscriptions/${id}`),
  notifications: (query: { unread?: boolean; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    api.get<NotificationPage>(`${V1}/notifications`, {
      query: { unread: query.unread ? 'true' : undefined, page: query.page, pageSize: query.pageSize },
      signal,
    }),
  markRead: (id: number) => api.post<{ read: number[] }>(`${V1}/notifications/${id}/read`),
  markAllRead: () => api.post<{ read: number[] }>(`${V1}/notifications/read-all`),
  webhooks: (signal?: AbortSignal) => api.get<Webhook[]>(`${V1}/webhooks`, { signal }),
  addWebhook: (url: string) => api.post<Webhook & { secret: string }>(`${V1}/webhooks`, { url }),
  disableWebhook: (id: number) => api.delete<Webhook>(`${V1}/webhooks/${id}`),
  ping: (id: number) => api.post<{ deliveryId: number }>(`${V1}/webhooks/${id}/ping`),
  deliveries: (id: number, signal?: AbortSignal) =>
    api.get<Delivery[]>(`${V1}/webhooks/${id}/deliveries`, { signal }),
};
