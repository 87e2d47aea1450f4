import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207032605 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_order" add column if not exists "state" text check ("state" in ('placed', 'packed', 'shipped', 'ready_for_pickup', 'delivered', 'canceled')) not null default 'placed';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_order_producer_id_state_placed_at" ON "ocop_producer_order" ("producer_id", "state", "placed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ocop_producer_order_producer_id_state_placed_at";`);
    this.addSql(`alter table if exists "ocop_producer_order" drop column if exists "state";`);
  }

}
