import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207034151 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_review" drop constraint if exists "ocop_review_order_line_id_unique";`);
    this.addSql(`create table if not exists "ocop_review" ("id" text not null, "product_id" text not null, "producer_id" text null, "customer_id" text not null, "order_id" text not null, "order_line_id" text not null, "rating" integer not null, "text" text not null, "author_name" text not null, "status" text check ("status" in ('published', 'hidden')) not null default 'published', "hidden_reason" text null, "moderated_at" timestamptz null, "moderated_by" text null, "reply_text" text null, "replied_at" timestamptz null, "replied_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_review_pkey" primary key ("id"), constraint ocop_review_rating_range check (rating BETWEEN 1 AND 5), constraint ocop_review_text_length check (char_length(btrim(text)) BETWEEN 1 AND 2000), constraint ocop_review_reply_length check (reply_text IS NULL OR char_length(btrim(reply_text)) BETWEEN 1 AND 2000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_product_id" ON "ocop_review" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_producer_id" ON "ocop_review" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_customer_id" ON "ocop_review" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_review_order_line_id_unique" ON "ocop_review" ("order_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_status" ON "ocop_review" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_deleted_at" ON "ocop_review" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_review_product_id_status_created_at" ON "ocop_review" ("product_id", "status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_review" cascade;`);
  }

}
