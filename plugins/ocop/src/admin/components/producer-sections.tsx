import { Badge, Button, Input, Label, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { PARCEL_STATES, stateWords, type ParcelState } from "../../orders/fulfilment"
import { errorMessage } from "../kit/api-error"
import { EmptyNote, Section } from "../kit/section"
import { SelectInput } from "../kit/select-input"
import { formatDate } from "../lib/labels"
import {
  ORDERS_PAGE,
  useCommission,
  useInviteProducerMember,
  useProducerInvites,
  useProducerMembers,
  useProducerOrders,
  useRemoveProducerMember,
  useSetCommission,
  useWithdrawInvite,
} from "../lib/producer-admin-api"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })
const ROLE_LABEL = { owner: "Chủ tài khoản", staff: "Nhân viên" } as const

/**
 * Who signs in to the producer's seller portal. The programme invites the first owner (the invitation goes by
 * e-mail); owners invite the rest from the portal, and the admin can withdraw an invitation or take a person off.
 */
export function ProducerTeamSection({ producerId }: { producerId: string }) {
  const members = useProducerMembers(producerId)
  const invites = useProducerInvites(producerId)
  const invite = useInviteProducerMember(producerId)
  const withdraw = useWithdrawInvite(producerId)
  const remove = useRemoveProducerMember(producerId)
  const prompt = usePrompt()
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<"owner" | "staff">("owner")

  const submit = (event: FormEvent) => {
    event.preventDefault()
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: () => (toast.success(`Đã gửi lời mời tới ${email.trim()}`), setEmail("")),
        onError: (error) => toast.error(errorMessage(error) ?? "Không gửi được lời mời"),
      }
    )
  }
  const confirmThen = async (title: string, description: string, run: () => void) => {
    if (await prompt({ title, description, confirmText: "Đồng ý", cancelText: "Huỷ" })) run()
  }
  const failed = (fallback: string) => (error: Error) => toast.error(errorMessage(error) ?? fallback)

  return (
    <Section title="Đội ngũ trên Kênh người bán" subtitle="Người đăng nhập Kênh người bán thay mặt chủ thể. Mời chủ tài khoản đầu tiên; chủ tài khoản tự mời nhân viên.">
      {members.data && members.data.members.length === 0 && <EmptyNote>Chưa có ai: mời chủ tài khoản đầu tiên bằng e-mail.</EmptyNote>}
      {members.data && members.data.members.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Vai trò</Table.HeaderCell>
              <Table.HeaderCell>Từ ngày</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.data.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.name}</Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={member.role === "owner" ? "blue" : "grey"}>
                    {ROLE_LABEL[member.role]}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{formatDate(member.created_at)}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Đưa ${member.name} (${member.email}) ra khỏi đội ngũ`}
                    disabled={remove.isPending}
                    onClick={() =>
                      confirmThen(`Đưa ${member.name} ra khỏi đội ngũ?`, "Người này bị đăng xuất và không vào Kênh người bán được nữa.", () =>
                        remove.mutate(member.id, { onSuccess: () => toast.success("Đã đưa ra khỏi đội ngũ"), onError: failed("Không thực hiện được") })
                      )
                    }
                  >
                    Đưa ra
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {invites.data && invites.data.invites.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            Lời mời chưa trả lời
          </Text>
          {invites.data.invites.map((open) => (
            <div key={open.id} className="flex flex-wrap items-center justify-between gap-2">
              <Text size="small">
                {open.email} · {ROLE_LABEL[open.role]} · hết hạn {formatDate(open.expires_at)}{" "}
                {open.state === "expired" && <StatusBadge color="orange">Đã hết hạn</StatusBadge>}
              </Text>
              <Button
                size="small"
                variant="secondary"
                aria-label={`Rút lời mời ${open.email}`}
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate(open.id, { onSuccess: () => toast.success("Đã rút lời mời"), onError: failed("Không rút được lời mời") })}
              >
                Rút lời mời
              </Button>
            </div>
          ))}
        </div>
      )}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="flex min-w-[16rem] flex-1 flex-col gap-y-1">
          <Label htmlFor="invite-email" size="small">
            Mời bằng e-mail
          </Label>
          <Input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder="chu-htx@example.vn" />
        </div>
        <div className="flex w-44 flex-col gap-y-1">
          <Label htmlFor="invite-role" size="small">
            Vai trò
          </Label>
          <SelectInput
            id="invite-role"
            value={role}
            onChange={(value) => setRole(value as "owner" | "staff")}
            options={[
              { value: "owner", label: ROLE_LABEL.owner },
              { value: "staff", label: ROLE_LABEL.staff },
            ]}
          />
        </div>
        <Button type="submit" isLoading={invite.isPending}>
          Gửi lời mời
        </Button>
      </form>
    </Section>
  )
}

/** The producer's commission rate on orders placed from now; orders already placed keep theirs. */
export function ProducerCommissionSection({ producerId }: { producerId: string }) {
  const { data } = useCommission(producerId)
  const save = useSetCommission(producerId)
  const [rate, setRate] = useState("")
  const current = data?.commission

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = Number(rate.replace(",", "."))
    if (rate.trim() === "" || !Number.isFinite(value)) return toast.error("Nhập tỷ lệ phần trăm, ví dụ 8 hoặc 7,5")
    save.mutate(value, { onSuccess: () => (toast.success("Đã lưu tỷ lệ hoa hồng"), setRate("")), onError: (error) => toast.error(errorMessage(error) ?? "Không lưu được") })
  }

  return (
    <Section
      title="Hoa hồng sàn"
      subtitle={
        current
          ? `${current.rate.toLocaleString("vi-VN")}% trên tiền hàng · ${current.source === "producer" ? "tỷ lệ thoả thuận riêng" : "tỷ lệ mặc định của sàn"}. Đơn đã đặt giữ tỷ lệ lúc đặt.`
          : "Đang tải…"
      }
    >
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3 px-6 py-4">
        <div className="flex w-40 flex-col gap-y-1">
          <Label htmlFor="commission-rate" size="small">
            Tỷ lệ mới (%)
          </Label>
          <Input id="commission-rate" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} placeholder={current ? String(current.rate) : ""} />
        </div>
        <Button type="submit" isLoading={save.isPending}>
          Lưu tỷ lệ
        </Button>
        {current?.source === "producer" && (
          <Button
            type="button"
            variant="secondary"
            disabled={save.isPending}
            onClick={() => save.mutate(null, { onSuccess: () => toast.success("Đã về tỷ lệ mặc định"), onError: (error) => toast.error(errorMessage(error) ?? "Không lưu được") })}
          >
            Về tỷ lệ mặc định
          </Button>
        )}
      </form>
    </Section>
  )
}

const STATE_COLOR: Record<ParcelState, "grey" | "blue" | "orange" | "green" | "red"> = {
  placed: "orange",
  packed: "blue",
  shipped: "blue",
  ready_for_pickup: "blue",
  delivered: "green",
  canceled: "red",
}

/** The producer's orders, newest first, where each parcel is; each opens Medusa's own order page. */
export function ProducerOrdersSection({ producerId }: { producerId: string }) {
  const [state, setState] = useState<ParcelState | "">("")
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useProducerOrders(producerId, state, offset)
  const filter = (
    <div className="flex items-center gap-x-2">
      <Label htmlFor="producer-orders-state" size="small" className="sr-only">
        Lọc theo tình trạng
      </Label>
      <SelectInput
        id="producer-orders-state"
        size="small"
        value={state || "all"}
        onChange={(value) => (setState(value === "all" ? "" : (value as ParcelState)), setOffset(0))}
        options={[{ value: "all", label: "Mọi tình trạng" }, ...PARCEL_STATES.map((value) => ({ value, label: stateWords(value)[0] }))]}
      />
    </div>
  )
  return (
    <Section title="Đơn hàng" subtitle="Các kiện hàng của chủ thể, mới nhất trước." actions={filter}>
      {isLoading && <EmptyNote>Đang tải…</EmptyNote>}
      {data && data.orders.length === 0 && <EmptyNote>Không có đơn nào{state ? ` ${stateWords(state)[0]}` : ""}.</EmptyNote>}
      {data && data.orders.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Đơn</Table.HeaderCell>
              <Table.HeaderCell>Ngày đặt</Table.HeaderCell>
              <Table.HeaderCell>Tình trạng</Table.HeaderCell>
              <Table.HeaderCell>Giao</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Tổng</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.orders.map((order) => (
              <Table.Row key={order.id}>
                <Table.Cell>
                  <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive hover:underline">
                    #{order.display_id}
                  </Link>{" "}
                  · {order.item_count} sp
                </Table.Cell>
                <Table.Cell>{formatDate(order.placed_at)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={STATE_COLOR[order.state]}>{stateWords(order.state)[0]}</StatusBadge>
                </Table.Cell>
                <Table.Cell>{order.delivery === "pickup" ? "Nhận tại điểm bán" : "Giao tận nơi"}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{vnd.format(order.total)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && data.count > ORDERS_PAGE && (
        <div className="flex items-center justify-between px-6 py-3">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - ORDERS_PAGE))}>
            Trang trước
          </Button>
          <Text size="small">
            {offset + 1}–{Math.min(offset + ORDERS_PAGE, data.count)} / {data.count}
          </Text>
          <Button size="small" variant="secondary" disabled={offset + ORDERS_PAGE >= data.count} onClick={() => setOffset(offset + ORDERS_PAGE)}>
            Trang sau
          </Button>
        </div>
      )}
    </Section>
  )
}
