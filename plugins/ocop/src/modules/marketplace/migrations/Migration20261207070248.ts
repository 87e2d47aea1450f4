import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207070248 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_payout_account" drop constraint if exists "ocop_payout_account_producer_id_unique";`);
    this.addSql(`alter table if exists "ocop_payout" drop constraint if exists "ocop_payout_producer_id_bank_reference_unique";`);
    this.addSql(`create table if not exists "ocop_payout" ("id" text not null, "producer_id" text not null, "period" text not null, "amount" numeric not null, "currency_code" text not null, "bank_reference" text not null, "paid_at" timestamptz not null, "recorded_by" text null, "note" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_payout_deleted_at" ON "ocop_payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_payout_producer_id_period" ON "ocop_payout" ("producer_id", "period") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_payout_producer_id_bank_reference_unique" ON "ocop_payout" ("producer_id", "bank_reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_payout_account" ("id" text not null, "producer_id" text not null, "bank_bin" text not null, "account_number" text not null, "account_name" text not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_payout_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_payout_account_producer_id_unique" ON "ocop_payout_account" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_payout_account_deleted_at" ON "ocop_payout_account" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_payout" cascade;`);

    this.addSql(`drop table if exists "ocop_payout_account" cascade;`);
  }

}
