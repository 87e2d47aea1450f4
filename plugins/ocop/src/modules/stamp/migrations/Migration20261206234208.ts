import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206234208 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_stamp_code" drop constraint if exists "ocop_stamp_code_code_unique";`);
    this.addSql(`create table if not exists "ocop_stamp_batch" ("id" text not null, "certification_id" text not null, "producer_id" text null, "certificate_no" text not null, "printed_stars" integer not null, "quantity" integer not null, "issued_by" text check ("issued_by" in ('programme', 'producer')) not null, "issued_by_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_batch_pkey" primary key ("id"), constraint ocop_stamp_batch_quantity_range check (quantity BETWEEN 1 AND 100000), constraint ocop_stamp_batch_printed_stars_range check (printed_stars BETWEEN 3 AND 5));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_certification_id" ON "ocop_stamp_batch" ("certification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_producer_id" ON "ocop_stamp_batch" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_batch_deleted_at" ON "ocop_stamp_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_stamp_code" ("id" text not null, "code" text not null, "serial" integer not null, "batch_id" text not null, "first_checked_at" timestamptz null, "last_checked_at" timestamptz null, "check_count" integer not null default 0, "network_count" integer not null default 0, "warning" text check ("warning" in ('many_checks', 'far_apart', 'stars_changed')) null, "flagged_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_stamp_code_code_unique" ON "ocop_stamp_code" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_code_batch_id" ON "ocop_stamp_code" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_code_flagged_at" ON "ocop_stamp_code" ("flagged_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_code_deleted_at" ON "ocop_stamp_code" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_stamp_check" ("id" text not null, "code_id" text not null, "checked_at" timestamptz not null, "network_key" text not null, "latitude" real null, "longitude" real null, "placed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_stamp_check_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_check_code_id" ON "ocop_stamp_check" ("code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_check_deleted_at" ON "ocop_stamp_check" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_stamp_check_code_id_checked_at" ON "ocop_stamp_check" ("code_id", "checked_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_stamp_code" add constraint "ocop_stamp_code_batch_id_foreign" foreign key ("batch_id") references "ocop_stamp_batch" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_stamp_check" add constraint "ocop_stamp_check_code_id_foreign" foreign key ("code_id") references "ocop_stamp_code" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_stamp_code" drop constraint if exists "ocop_stamp_code_batch_id_foreign";`);

    this.addSql(`alter table if exists "ocop_stamp_check" drop constraint if exists "ocop_stamp_check_code_id_foreign";`);

    this.addSql(`drop table if exists "ocop_stamp_batch" cascade;`);

    this.addSql(`drop table if exists "ocop_stamp_code" cascade;`);

    this.addSql(`drop table if exists "ocop_stamp_check" cascade;`);
  }

}
