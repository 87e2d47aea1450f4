import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124123354 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_sales_point" drop constraint if exists "ocop_sales_point_handle_unique";`);
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`alter table if exists "ocop_certification" drop constraint if exists "ocop_certification_certificate_no_unique";`);
    this.addSql(`alter table if exists "ocop_catalogue_entry" drop constraint if exists "ocop_catalogue_entry_handle_unique";`);
    this.addSql(`alter table if exists "ocop_catalogue_entry" drop constraint if exists "ocop_catalogue_entry_product_id_unique";`);
    this.addSql(`create table if not exists "ocop_catalogue_entry" ("id" text not null, "product_id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "subtitle" text null, "subtitle_en" text null, "thumbnail" text null, "price_amount" integer not null, "currency_code" text not null default 'vnd', "certification_id" text not null, "stars" integer not null, "score" real not null, "group_code" text not null, "sub_group_code" text null, "criteria_version" text not null, "level" text check ("level" in ('province', 'national')) not null, "certificate_no" text not null, "decision_no" text null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "producer_id" text null, "producer_handle" text null, "producer_name" text null, "producer_entity_type" text null, "province_code" text null, "address_as_certified" text null, "sales_point_handles" text[] not null, "search_text" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_catalogue_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_product_id_unique" ON "ocop_catalogue_entry" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_handle_unique" ON "ocop_catalogue_entry" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_stars" ON "ocop_catalogue_entry" ("stars") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_group_code" ON "ocop_catalogue_entry" ("group_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_expires_at" ON "ocop_catalogue_entry" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_producer_handle" ON "ocop_catalogue_entry" ("producer_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_producer_entity_type" ON "ocop_catalogue_entry" ("producer_entity_type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_province_code" ON "ocop_catalogue_entry" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_deleted_at" ON "ocop_catalogue_entry" ("deleted_at") WHERE deleted_at IS NULL;`);

    // Hand-written: searches typed without accents match the folded text anywhere in a word (pg_trgm), and the
    // sales-point filter asks "does this array hold the handle" (GIN on the array).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_search_text_trgm" ON "ocop_catalogue_entry" USING gin ("search_text" gin_trgm_ops) WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_catalogue_entry_sales_point_handles" ON "ocop_catalogue_entry" USING gin ("sales_point_handles") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certification" ("id" text not null, "stars" integer not null, "score" real not null, "criteria_version" text not null, "group_code" text not null, "sub_group_code" text null, "level" text check ("level" in ('province', 'national')) null, "certificate_no" text null, "decision_no" text null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" text null, "renews_id" text null, "expiring_notified_at" timestamptz null, "lapsed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"), constraint ocop_certification_stars_range check (stars BETWEEN 1 AND 5), constraint ocop_certification_score_range check (score BETWEEN 0 AND 100), constraint ocop_certification_expires_after_issue check (expires_at > issued_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certification_certificate_no_unique" ON "ocop_certification" ("certificate_no") WHERE certificate_no IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_expires_at" ON "ocop_certification" ("expires_at") WHERE revoked_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "name" text not null, "entity_type" text check ("entity_type" in ('enterprise', 'cooperative', 'cooperative_group', 'household')) not null, "representative" text not null, "phone" text not null, "email" text null, "province_code" text not null, "ward_code" text not null, "address_line" text not null, "address_as_certified" text not null, "latitude" real null, "longitude" real null, "story_vi" text not null default '', "story_en" text null, "founded_year" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"), constraint ocop_producer_latitude_range check (latitude IS NULL OR latitude BETWEEN -90 AND 90), constraint ocop_producer_longitude_range check (longitude IS NULL OR longitude BETWEEN -180 AND 180));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_province_code" ON "ocop_producer" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_sales_point" ("id" text not null, "handle" text not null, "name" text not null, "type" text check ("type" in ('kiosk_cluster', 'market_kiosk', 'wholesale_kiosk_cluster', 'fair_booth')) not null, "market_name" text not null, "address" text not null, "province_code" text not null, "ward_code" text not null, "address_as_certified" text not null, "latitude" real not null, "longitude" real not null, "opening_hours_vi" text not null, "opening_hours_en" text null, "phone" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_sales_point_pkey" primary key ("id"), constraint ocop_sales_point_latitude_range check (latitude BETWEEN -90 AND 90), constraint ocop_sales_point_longitude_range check (longitude BETWEEN -180 AND 180));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_sales_point_handle_unique" ON "ocop_sales_point" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_province_code" ON "ocop_sales_point" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_sales_point_deleted_at" ON "ocop_sales_point" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_catalogue_entry" cascade;`);

    this.addSql(`drop table if exists "ocop_certification" cascade;`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);

    this.addSql(`drop table if exists "ocop_sales_point" cascade;`);
  }

}
