import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207033523 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_fair_scan" ("id" text not null, "fair_id" text not null, "booth_id" text not null, "product_id" text null, "network_key" text not null, "scanned_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_fair_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_scan_deleted_at" ON "ocop_fair_scan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_scan_fair_id_booth_id" ON "ocop_fair_scan" ("fair_id", "booth_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_fair_scan_booth_id_network_key_scanned_at" ON "ocop_fair_scan" ("booth_id", "network_key", "scanned_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_fair_scan" cascade;`);
  }

}
