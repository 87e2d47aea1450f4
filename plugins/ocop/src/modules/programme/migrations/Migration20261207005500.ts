import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207005500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certification_reminder" drop constraint if exists "ocop_certification_reminder_certification_id_key_unique";`);
    this.addSql(`create table if not exists "ocop_certification_reminder" ("id" text not null, "certification_id" text not null, "key" text not null, "stage" integer null, "requested_by" text null, "sent_to" text[] not null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_reminder_certification_id" ON "ocop_certification_reminder" ("certification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_reminder_deleted_at" ON "ocop_certification_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certification_reminder_certification_id_key_unique" ON "ocop_certification_reminder" ("certification_id", "key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_register_import" ("id" text not null, "file_name" text not null, "file_format" text check ("file_format" in ('csv', 'xlsx')) not null, "file_size" integer not null, "file_sha256" text not null, "uploaded_by" text null, "status" text check ("status" in ('previewed', 'confirmed', 'failed')) not null default 'previewed', "summary" jsonb not null, "rows" jsonb not null, "confirmed_at" timestamptz null, "confirmed_by" text null, "result" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_register_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_import_file_sha256" ON "ocop_register_import" ("file_sha256") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_register_import_deleted_at" ON "ocop_register_import" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certification_reminder" cascade;`);

    this.addSql(`drop table if exists "ocop_register_import" cascade;`);
  }

}
