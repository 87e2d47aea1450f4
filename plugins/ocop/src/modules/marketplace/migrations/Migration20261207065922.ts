import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207065922 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_product_change_request" ("id" text not null, "producer_id" text not null, "product_id" text not null, "kind" text check ("kind" in ('title', 'variant')) not null, "changes" jsonb not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'withdrawn')) not null default 'pending', "requested_by" text not null, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_change_request_producer_id" ON "ocop_product_change_request" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_change_request_product_id" ON "ocop_product_change_request" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_change_request_deleted_at" ON "ocop_product_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_change_request_status_created_at" ON "ocop_product_change_request" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_product_change_request" cascade;`);
  }

}
