"""Every word the review app shows, Vietnamese first, English available (the EN link).

`T[key] = (vi, en)`; templates call `t(key)`, the page script reads the same table from the page.
"""
from __future__ import annotations

LANGS = ("vi", "en")

T: dict[str, tuple[str, str]] = {
    "app": ("Rà soát chỉ tiêu", "chitieu review"),
    "queue": ("Hàng đợi rà soát", "Review queue"),
    "documents": ("Văn bản", "Documents"),
    "document": ("Văn bản", "Document"),
    "province": ("Tỉnh/thành phố", "Province"),
    "doc_type": ("Loại văn bản", "Type"),
    "items": ("Số mục", "Items"),
    "flagged": ("Cần xem", "Flagged"),
    "open": ("Chưa xử lý", "Open"),
    "reviewed": ("Đã rà soát", "Reviewed"),
    "progress": ("Tiến độ", "Progress"),
    "stale_n": ("Hiệu đính mất neo", "Stale corrections"),
    "priority": ("Ưu tiên", "Priority"),
    "kind": ("Loại mục", "Kind"),
    "check": ("Kiểm tra", "Check"),
    "reason": ("Lý do", "Reason"),
    "text": ("Nguyên văn", "Text"),
    "open_item": ("Mở", "Open"),
    "filter": ("Lọc", "Filter"),
    "any": ("(tất cả)", "(any)"),
    "nothing_open": ("Không còn mục nào cần rà soát.", "Nothing left to review."),
    "reviewer": ("Người rà soát", "Reviewer"),
    "language": ("English", "Tiếng Việt"),
    "back_queue": ("← Hàng đợi", "← Queue"),
    "legend": ("Chú giải", "Legend"),
    # priorities and reasons
    "p0": ("Lỗi", "Error"),
    "p1": ("Cảnh báo", "Warning"),
    "p2": ("Khớp danh mục yếu", "Weak catalogue match"),
    "p3": ("Độ tin cậy thấp", "Low confidence"),
    "p4": ("Hiệu đính mất neo", "Stale correction"),
    "r_error": ("kiểm tra báo lỗi", "error check"),
    "r_warning": ("kiểm tra cảnh báo", "warning check"),
    "r_unmatched": ("không khớp danh mục", "no catalogue match"),
    "r_low_score": ("điểm khớp thấp hoặc sát phương án hai", "low or close match score"),
    "r_low_confidence": ("độ tin cậy thấp", "low confidence"),
    "r_stale": ("văn bản nguồn đã đổi", "its source text changed"),
    # kinds
    "k_indicator": ("Chỉ tiêu", "Indicator"),
    "k_target": ("Mục tiêu", "Target"),
    "k_actual": ("Kết quả", "Result"),
    "k_percent": ("Tỷ lệ %", "Percentage"),
    "k_count": ("Số lượng", "Count"),
    "k_ratio": ("Tỷ số a/b", "Ratio"),
    "k_range": ("Khoảng", "Range"),
    "k_money": ("Tiền", "Money"),
    "k_measure": ("Đo lường", "Measure"),
    "k_legal_ref": ("Văn bản dẫn chiếu", "Legal reference"),
    "k_document": ("Thông tin văn bản", "Document fields"),
    # states
    "s_open": ("Chưa rà soát", "Not reviewed"),
    "s_accepted": ("Đã chấp nhận", "Accepted"),
    "s_corrected": ("Đã sửa", "Corrected"),
    "s_rejected": ("Đã loại bỏ", "Rejected"),
    "s_added": ("Do người rà soát thêm", "Added by a reviewer"),
    # actions
    "accept": ("Chấp nhận", "Accept"),
    "reject": ("Loại bỏ", "Reject"),
    "edit": ("Sửa", "Edit"),
    "save": ("Lưu", "Save"),
    "cancel": ("Hủy", "Cancel"),
    "undo": ("Hoàn tác", "Undo"),
    "next": ("Mục sau", "Next"),
    "previous": ("Mục trước", "Previous"),
    "add": ("Thêm mục bỏ sót", "Add missed item"),
    "add_hint": ("Bôi đen một đoạn văn bản rồi nhấn I để thêm mục bị bỏ sót.",
                 "Select text, then press I to add an item extraction missed."),
    "note": ("Ghi chú", "Note"),
    "keys": ("Phím tắt: A chấp nhận · X loại bỏ · E sửa · J/↓ mục sau · K/↑ mục trước · U hoàn tác · I thêm",
             "Keys: A accept · X reject · E edit · J/↓ next · K/↑ previous · U undo · I add"),
    "fields": ("Các trường", "Fields"),
    "field": ("Trường", "Field"),
    "value": ("Giá trị", "Value"),
    "as_extracted": ("Khi trích xuất", "As extracted"),
    "catalogue": ("Danh mục", "Catalogue"),
    "match": ("Khớp", "Match"),
    "runner_up": ("Phương án hai", "Runner-up"),
    "score": ("điểm", "score"),
    "checks": ("Kiểm tra", "Checks"),
    "no_checks": ("Không có kết quả kiểm tra.", "No checks."),
    "history": ("Lịch sử hiệu đính", "Corrections"),
    "no_history": ("Chưa có hiệu đính.", "No corrections yet."),
    "state": ("Trạng thái", "State"),
    "page": ("Trang", "Page"),
    "no_box": ("Chưa có vị trí trên trang cho mục này.", "No position on the page for this item."),
    "no_page": ("Không mở được tệp PDF gốc để hiển thị trang.", "The original PDF cannot be opened to show the page."),
    "no_items": ("Văn bản không có mục nào được trích xuất.", "No items were extracted from this document."),
    "item_table": ("Loại mục thêm", "Add as"),
    "selected": ("Đoạn đã chọn", "Selected text"),
    "saved": ("Đã lưu.", "Saved."),
    "error": ("Lỗi", "Error"),
    "stale_title": ("Hiệu đính mất neo (văn bản nguồn đã đổi)", "Stale corrections (the source text changed)"),
    "anchor": ("Neo", "Anchor"),
    "message": ("Lý do", "Why"),
    "dismiss": ("Đã xem", "Seen"),
    # fields
    "f_label": ("Tên chỉ tiêu", "Label"),
    "f_level": ("Cấp", "Level"),
    "f_ordinal": ("Số thứ tự", "Ordinal"),
    "f_target_comparator": ("So sánh mục tiêu", "Target comparator"),
    "f_target_value": ("Mục tiêu", "Target value"),
    "f_target_high": ("Mục tiêu (cận trên)", "Target high"),
    "f_target_unit": ("Đơn vị mục tiêu", "Target unit"),
    "f_target_year": ("Năm mục tiêu", "Target year"),
    "f_actual_value": ("Kết quả", "Result"),
    "f_actual_comparator": ("So sánh kết quả", "Result comparator"),
    "f_match_score": ("Điểm khớp danh mục", "Match score"),
    "f_confidence": ("Độ tin cậy", "Confidence"),
    "f_stated_percent": ("Tỷ lệ ghi kèm", "Stated percentage"),
    "f_uncertain": ("Điểm chưa chắc", "Uncertain because"),
    "f_key": ("Khóa", "Key"),
    "f_mentions": ("Số lần nhắc", "Mentions"),
    "f_source_ref": ("Văn bản giao chỉ tiêu", "Source resolution"),
    "f_target_period": ("Kỳ mục tiêu", "Target period"),
    "f_status_norm": ("Đánh giá (chuẩn hóa)", "Status (normalised)"),
    "f_lower_is_better": ("Càng thấp càng tốt", "Lower is better"),
    "f_date_text": ("Ngày (nguyên văn)", "Date as written"),
    "f_repaired": ("Đã sửa số hiệu", "Repaired"),
    "f_actual_unit": ("Đơn vị kết quả", "Result unit"),
    "f_actual_period": ("Kỳ kết quả", "Result period"),
    "f_status": ("Đánh giá ghi trong văn bản", "Status as written"),
    "f_achieved": ("Đạt (1) / chưa đạt (0)", "Achieved (1/0)"),
    "f_catalogue_id": ("Mã danh mục", "Catalogue entry"),
    "f_kind": ("Loại", "Kind"),
    "f_value": ("Giá trị", "Value"),
    "f_high": ("Cận trên", "High"),
    "f_numerator": ("Tử số", "Numerator"),
    "f_denominator": ("Mẫu số", "Denominator"),
    "f_unit": ("Đơn vị", "Unit"),
    "f_comparator": ("So sánh", "Comparator"),
    "f_subject": ("Đối tượng", "Subject"),
    "f_number": ("Số", "Number"),
    "f_year": ("Năm", "Year"),
    "f_symbol": ("Ký hiệu", "Symbol"),
    "f_issuer": ("Cơ quan ban hành", "Issuer"),
    "f_issued_date": ("Ngày ban hành", "Date"),
    "f_relation": ("Quan hệ", "Relation"),
    "f_title": ("Trích yếu", "Title"),
}

# Fields the edit form offers, per table (every correctable field is accepted by the API).
FORM_FIELDS = {
    "indicators": ("label", "level", "target_comparator", "target_value", "target_high", "target_unit",
                   "target_year", "actual_value", "actual_unit", "actual_period", "status", "achieved",
                   "catalogue_id"),
    "quantities": ("kind", "value", "high", "numerator", "denominator", "unit", "comparator", "subject"),
    "legal_refs": ("kind", "number", "year", "symbol", "issuer", "issued_date", "relation", "title"),
}
ADD_FIELDS = {
    "indicators": ("label", "level", "target_comparator", "target_value", "target_unit", "target_year",
                   "actual_value", "actual_unit"),
    "quantities": ("kind", "value", "unit", "comparator"),
}


def translator(lang: str):
    i = LANGS.index(lang) if lang in LANGS else 0

    def t(key: str) -> str:
        pair = T.get(key)
        return pair[i] if pair else key
    return t


def table_for(lang: str) -> dict[str, str]:
    t = translator(lang)
    return {k: t(k) for k in T}
