import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207112359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_product_change_request" drop constraint if exists "ocop_product_change_request_kind_check";`);

    this.addSql(`alter table if exists "ocop_product_change_request" add constraint "ocop_product_change_request_kind_check" check("kind" in ('title', 'variant', 'sales_point_add', 'sales_point_remove'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_product_change_request" drop constraint if exists "ocop_product_change_request_kind_check";`);

    this.addSql(`alter table if exists "ocop_product_change_request" add constraint "ocop_product_change_request_kind_check" check("kind" in ('title', 'variant'));`);
  }

}
