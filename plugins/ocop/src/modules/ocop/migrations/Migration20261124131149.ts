import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124131149 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_programme_target" drop constraint if exists "ocop_programme_target_code_unique";`);
    this.addSql(`create table if not exists "ocop_programme_target" ("id" text not null, "code" text not null, "period" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "source" text not null, "description_vi" text not null, "description_en" text null, "metric" text not null, "min" integer not null, "max" integer null, "unit" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_programme_target_pkey" primary key ("id"), constraint ocop_programme_target_range check (max IS NULL OR max >= min), constraint ocop_programme_target_period check (period_end > period_start));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_programme_target_code_unique" ON "ocop_programme_target" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_programme_target_metric" ON "ocop_programme_target" ("metric") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_programme_target_deleted_at" ON "ocop_programme_target" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_programme_target" cascade;`);
  }

}
