import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type Pool } from 'pg';
import { READ_DATABASE } from '@renkei/service-kit';
import { AnswerCache } from '../answer-cache/answer-cache';
import { DEFAULT_LISTENER_TIMING, OrderChangeListener } from './order-change-listener';
import { OrderChanges } from './order-changes';

/** Listens for the app's lifetime on a connection of its own, opened like the read pool's (pooled connections cannot LISTEN for long). */
@Injectable()
export class OrderChangeListening implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly listener: OrderChangeListener;

  constructor(
    @Inject(READ_DATABASE) db: Pool,
    private readonly changes: OrderChanges,
    answers: AnswerCache,
  ) {
    // TCP keep-alive, so a connection silently dropped by the network is noticed and reopened.
    this.listener = new OrderChangeListener(() => new Client({ ...db.options, keepAlive: true }), changes, DEFAULT_LISTENER_TIMING, answers);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
    this.changes.close();
  }
}
