import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207144809 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_review_image" ("id" text not null, "url" text not null, "file_id" text not null, "rank" integer not null default 0, "review_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_review_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_image_review_id" ON "ocop_review_image" ("review_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_image_deleted_at" ON "ocop_review_image" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_review_image" add constraint "ocop_review_image_review_id_foreign" foreign key ("review_id") references "ocop_review" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_review_image" cascade;`);
  }

}
