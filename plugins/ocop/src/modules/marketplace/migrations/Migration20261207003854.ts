import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207003854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_order" drop constraint if exists "ocop_producer_order_order_id_unique";`);
    this.addSql(`alter table if exists "ocop_order_group" drop constraint if exists "ocop_order_group_cart_id_unique";`);
    this.addSql(`alter table if exists "ocop_order_group" drop constraint if exists "ocop_order_group_display_id_unique";`);
    this.addSql(`alter table if exists "ocop_commission_rate" drop constraint if exists "ocop_commission_rate_producer_id_unique";`);
    this.addSql(`alter table if exists "ocop_commission_line" drop constraint if exists "ocop_commission_line_line_item_id_unique";`);
    this.addSql(`create table if not exists "ocop_commission_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "producer_id" text not null, "rate" real not null, "base_amount" numeric not null, "amount" numeric not null, "currency_code" text not null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commission_line_order_id" ON "ocop_commission_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_commission_line_line_item_id_unique" ON "ocop_commission_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commission_line_producer_id" ON "ocop_commission_line" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commission_line_deleted_at" ON "ocop_commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_commission_rate" ("id" text not null, "producer_id" text not null, "rate" real not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_commission_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_commission_rate_producer_id_unique" ON "ocop_commission_rate" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_commission_rate_deleted_at" ON "ocop_commission_rate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_order_group" ("id" text not null, "display_id" integer not null, "cart_id" text null, "customer_id" text null, "email" text null, "currency_code" text not null, "parcel_count" integer not null, "payment_mode" text check ("payment_mode" in ('once', 'per_parcel')) not null, "item_total" numeric not null, "shipping_total" numeric not null, "total" numeric not null, "raw_item_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_order_group_display_id_unique" ON "ocop_order_group" ("display_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_order_group_cart_id_unique" ON "ocop_order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_order_group_customer_id" ON "ocop_order_group" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_order_group_deleted_at" ON "ocop_order_group" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer_order" ("id" text not null, "order_id" text not null, "producer_id" text not null, "order_group_id" text not null, "display_id" integer not null, "status" text not null, "item_count" integer not null, "total" numeric not null, "currency_code" text not null, "delivery" text check ("delivery" in ('home', 'pickup')) not null, "placed_at" timestamptz not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_order_order_id_unique" ON "ocop_producer_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_order_order_group_id" ON "ocop_producer_order" ("order_group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_order_deleted_at" ON "ocop_producer_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_order_producer_id_placed_at" ON "ocop_producer_order" ("producer_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_order_producer_id_status_placed_at" ON "ocop_producer_order" ("producer_id", "status", "placed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_commission_line" cascade;`);

    this.addSql(`drop table if exists "ocop_commission_rate" cascade;`);

    this.addSql(`drop table if exists "ocop_order_group" cascade;`);

    this.addSql(`drop table if exists "ocop_producer_order" cascade;`);
  }

}
