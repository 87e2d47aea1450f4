import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207034153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_catalogue_entry" add column if not exists "rating_average" real null, add column if not exists "rating_count" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_catalogue_entry" drop column if exists "rating_average", drop column if exists "rating_count";`);
  }

}
