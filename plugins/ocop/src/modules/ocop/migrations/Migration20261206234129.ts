import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206234129 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_register_entry" drop constraint if exists "ocop_register_entry_certification_id_unique";`);
    this.addSql(`create table if not exists "ocop_register_entry" ("id" text not null, "certification_id" text not null, "product_id" text not null, "certificate_no" text not null, "certificate_key" text not null, "decision_no" text null, "decision_key" text null, "stars" integer not null, "score" real not null, "group_code" text not null, "sub_group_code" text null, "criteria_version" text not null, "level" text check ("level" in ('province', 'national')) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "product_handle" text not null, "product_title" text not null, "product_title_en" text null, "producer_id" text null, "producer_handle" text null, "producer_name" text null, "producer_entity_type" text null, "province_code" text null, "successor_certification_id" text null, "successor_certificate_no" text null, "successor_stars" integer null, "successor_issued_at" timestamptz null, "successor_revoked_at" timestamptz null, "search_text" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_register_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_register_entry_certification_id_unique" ON "ocop_register_entry" ("certification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_product_id" ON "ocop_register_entry" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_certificate_key" ON "ocop_register_entry" ("certificate_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_decision_key" ON "ocop_register_entry" ("decision_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_product_handle" ON "ocop_register_entry" ("product_handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_producer_id" ON "ocop_register_entry" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_deleted_at" ON "ocop_register_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    // Hand-written: names typed without accents and near-miss numbers are found by trigram (pg_trgm), like the
    // catalogue's search text; the extension is created here too since module migrations run in no promised order.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_search_text_trgm" ON "ocop_register_entry" USING gin ("search_text" gin_trgm_ops) WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_entry_certificate_key_trgm" ON "ocop_register_entry" USING gin ("certificate_key" gin_trgm_ops) WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_register_entry" cascade;`);
  }

}
