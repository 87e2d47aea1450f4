import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207005017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_fair_booth" drop constraint if exists "ocop_fair_booth_fair_id_number_unique";`);
    this.addSql(`alter table if exists "ocop_fair_zone" drop constraint if exists "ocop_fair_zone_fair_id_code_unique";`);
    this.addSql(`alter table if exists "ocop_fair" drop constraint if exists "ocop_fair_handle_unique";`);
    this.addSql(`create table if not exists "ocop_fair" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text null, "organiser" text not null, "organiser_phone" text not null, "organiser_email" text null, "venue_name" text not null, "address" text not null, "province_code" text not null, "ward_code" text not null, "latitude" real not null, "longitude" real not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "opening_hours_vi" text not null, "opening_hours_en" text null, "description_vi" text not null default '', "description_en" text null, "cover_image" text null, "floor_columns" integer not null default 12, "floor_rows" integer not null default 8, "published" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_pkey" primary key ("id"), constraint ocop_fair_ends_after_start check (ends_at > starts_at), constraint ocop_fair_latitude_range check (latitude BETWEEN -90 AND 90), constraint ocop_fair_longitude_range check (longitude BETWEEN -180 AND 180), constraint ocop_fair_floor_size check (floor_columns BETWEEN 1 AND 60 AND floor_rows BETWEEN 1 AND 60));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_handle_unique" ON "ocop_fair" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_deleted_at" ON "ocop_fair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_starts_at_ends_at" ON "ocop_fair" ("starts_at", "ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_fair_zone" ("id" text not null, "code" text not null, "name" text not null, "name_en" text null, "rank" integer not null default 0, "fair_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_zone_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_zone_fair_id" ON "ocop_fair_zone" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_zone_deleted_at" ON "ocop_fair_zone" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_zone_fair_id_code_unique" ON "ocop_fair_zone" ("fair_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_fair_booth" ("id" text not null, "number" text not null, "producer_id" text not null, "x" integer not null, "y" integer not null, "width" integer not null default 1, "height" integer not null default 1, "fair_id" text not null, "zone_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_booth_pkey" primary key ("id"), constraint ocop_fair_booth_position check (x >= 0 AND y >= 0), constraint ocop_fair_booth_size check (width BETWEEN 1 AND 20 AND height BETWEEN 1 AND 20));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_producer_id" ON "ocop_fair_booth" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_fair_id" ON "ocop_fair_booth" ("fair_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_zone_id" ON "ocop_fair_booth" ("zone_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_deleted_at" ON "ocop_fair_booth" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_fair_booth_fair_id_number_unique" ON "ocop_fair_booth" ("fair_id", "number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_trade_lead" ("id" text not null, "producer_id" text not null, "fair_id" text null, "booth_id" text null, "product_id" text null, "buyer_name" text not null, "organisation" text null, "phone" text null, "email" text null, "market" text null, "quantity" text null, "note" text null, "source" text check ("source" in ('booth_qr', 'fair_page', 'product_page')) not null, "locale" text check ("locale" in ('vi', 'en')) not null default 'vi', "status" text check ("status" in ('new', 'contacted', 'memorandum_signed', 'contract_signed', 'dropped')) not null default 'new', "status_changed_at" timestamptz not null, "contract_value" numeric null, "raw_contract_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_trade_lead_pkey" primary key ("id"), constraint ocop_trade_lead_contact check (phone IS NOT NULL OR email IS NOT NULL));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_producer_id" ON "ocop_trade_lead" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_deleted_at" ON "ocop_trade_lead" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_producer_id_created_at" ON "ocop_trade_lead" ("producer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_fair_id" ON "ocop_trade_lead" ("fair_id") WHERE fair_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_product_id" ON "ocop_trade_lead" ("product_id") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_trade_lead_event" ("id" text not null, "status" text check ("status" in ('new', 'contacted', 'memorandum_signed', 'contract_signed', 'dropped')) not null, "from_status" text check ("from_status" in ('new', 'contacted', 'memorandum_signed', 'contract_signed', 'dropped')) null, "note" text null, "contract_value" numeric null, "actor" text not null, "trade_lead_id" text not null, "raw_contract_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_trade_lead_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_event_trade_lead_id" ON "ocop_trade_lead_event" ("trade_lead_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_trade_lead_event_deleted_at" ON "ocop_trade_lead_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_fair_zone" add constraint "ocop_fair_zone_fair_id_foreign" foreign key ("fair_id") references "ocop_fair" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_fair_booth" add constraint "ocop_fair_booth_fair_id_foreign" foreign key ("fair_id") references "ocop_fair" ("id") on update cascade;`);
    this.addSql(`alter table if exists "ocop_fair_booth" add constraint "ocop_fair_booth_zone_id_foreign" foreign key ("zone_id") references "ocop_fair_zone" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "ocop_trade_lead_event" add constraint "ocop_trade_lead_event_trade_lead_id_foreign" foreign key ("trade_lead_id") references "ocop_trade_lead" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_fair_zone" drop constraint if exists "ocop_fair_zone_fair_id_foreign";`);

    this.addSql(`alter table if exists "ocop_fair_booth" drop constraint if exists "ocop_fair_booth_fair_id_foreign";`);

    this.addSql(`alter table if exists "ocop_fair_booth" drop constraint if exists "ocop_fair_booth_zone_id_foreign";`);

    this.addSql(`alter table if exists "ocop_trade_lead_event" drop constraint if exists "ocop_trade_lead_event_trade_lead_id_foreign";`);

    this.addSql(`drop table if exists "ocop_fair" cascade;`);

    this.addSql(`drop table if exists "ocop_fair_zone" cascade;`);

    this.addSql(`drop table if exists "ocop_fair_booth" cascade;`);

    this.addSql(`drop table if exists "ocop_trade_lead" cascade;`);

    this.addSql(`drop table if exists "ocop_trade_lead_event" cascade;`);
  }

}
