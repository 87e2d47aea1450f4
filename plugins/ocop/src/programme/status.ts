/** A target's status in words (the dashboard and its CSV). */
import type { TargetStatus } from "./figures"

export const STATUS_LABELS: Record<TargetStatus, { vi: string; en: string }> = {
  met: { vi: "Đạt", en: "Met" },
  exceeded: { vi: "Vượt", en: "Exceeded" },
  not_met: { vi: "Không đạt", en: "Not met" },
  in_progress: { vi: "Đang thực hiện", en: "In progress" },
  not_started: { vi: "Chưa bắt đầu", en: "Not started" },
  no_data: { vi: "Chưa có dữ liệu", en: "No data yet" },
}
