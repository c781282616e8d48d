#include "TokenTableView.h"

#include "EmptyStateOverlay.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace {

// The order in which columns step aside when the view is too narrow for all of them.
constexpr std::array DroppedFirst{TokenTableModel::CreatedColumn, TokenTableModel::DatabasesColumn,
                                  TokenTableModel::FlagsColumn,   TokenTableModel::IdColumn,
                                  TokenTableModel::ExpiresColumn, TokenTableModel::StatusColumn};

} // namespace

TokenTableView::TokenTableView(QWidget *parent)
    : QTableView(parent)
    , m_emptyState(new EmptyStateOverlay(viewport())) {
    static_assert(TokenTableModel::ColumnCount <= 16);
    // Tab and Shift+Tab go to the next control; arrows move within the table.
    setTabKeyNavigation(false);
    QHeaderView *header = horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_emptyState->installEventFilter(this);
}

bool TokenTableView::eventFilter(QObject *watched, QEvent *event) {
    // A new sentence may need another height: placed again whenever it changes.
    if (watched == m_emptyState &&
        (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
        placeEmptyState();
    return QTableView::eventFilter(watched, event);
}

void TokenTableView::setModel(QAbstractItemModel *model) {
    QTableView::setModel(model);
    QHeaderView *header = horizontalHeader();
    // Description takes what is left, so the ⋮ column stays at the right edge.
    header->setSectionResizeMode(TokenTableModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TokenTableModel::OptionsColumn, QHeaderView::Fixed);
    fitColumnsToFont();
}

void TokenTableView::changeEvent(QEvent *event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumnsToFont();
}

void TokenTableView::resizeEvent(QResizeEvent *event) {
    QTableView::resizeEvent(event);
    fitColumnsToWidth();
    placeEmptyState();
}

void TokenTableView::fitColumnsToFont() {
    if (!model() || model()->columnCount() != TokenTableModel::ColumnCount)
        return;
    const QFontMetrics metrics(font());
    const QFontMetrics headerMetrics(horizontalHeader()->font());
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 20;
    const int sortArrow = 20; // room for the header's sort indicator
    auto fit = [&](int column, const QString &sample, int extra = 0) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        m_naturalWidth[size_t(column)] =
            std::max(metrics.horizontalAdvance(sample) + extra,
                     headerMetrics.horizontalAdvance(title) + sortArrow) +
            padding;
    };
    const int icon = iconSize().isValid() ? iconSize().width() : 16;
    QString widestStatus;
    for (int status = 0; status < TokenStatusCount; ++status) {
        const QString text = tokenStatusText(TokenStatus(status));
        if (metrics.horizontalAdvance(text) > metrics.horizontalAdvance(widestStatus))
            widestStatus = text;
    }
    fit(TokenTableModel::StatusColumn, widestStatus, icon + 6);
    fit(TokenTableModel::IdColumn, QStringLiteral("dddddddd") + QChar(0x2026));
    fit(TokenTableModel::DatabasesColumn,
        QCoreApplication::translate("TokenStatus", "%1, + %n more", nullptr, 2)
            .arg(QStringLiteral("telemetry")));
    // The widest date as the model writes it, in the locale's format (month names, AM/PM).
    auto widest = [&](const QStringList &texts) {
        QString wide;
        for (const QString &text : texts)
            if (metrics.horizontalAdvance(text) > metrics.horizontalAdvance(wide))
                wide = text;
        return wide;
    };
    QStringList dates;
    for (int month = 1; month <= 12; ++month)
        for (const QTime time : {QTime(23, 59), QTime(11, 59)})
            dates.append(TokenTableModel::displayDateTime(QDateTime(QDate(2026, month, 28), time)));
    fit(TokenTableModel::CreatedColumn, widest(dates));
    // Expiry also reads "in 59 minutes", "47 hours ago", … ("in less than a minute" lasts a
    // minute: it may be cut, and reads whole in the tooltip).
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0));
    for (const qint64 seconds : {59 * 60LL, 47 * 3600LL, 59 * 86400LL})
        dates << relativeExpiryText(now.addSecs(seconds), now)
              << relativeExpiryText(now.addSecs(-seconds), now);
    fit(TokenTableModel::ExpiresColumn, widest(dates));
    // One flag whole; more are cut, and read whole in the tooltip and the details panel.
    QString widestFlag;
    for (TokenFlag flag : AllTokenFlags) {
        if (metrics.horizontalAdvance(tokenFlagText(flag)) > metrics.horizontalAdvance(widestFlag))
            widestFlag = tokenFlagText(flag);
    }
    fit(TokenTableModel::FlagsColumn, widestFlag, 2 * (14 + 2) + 4); // and two flags' icons
    m_naturalWidth[TokenTableModel::OptionsColumn] = std::max(40, metrics.height() + 20);
    m_minimumDescriptionWidth = metrics.horizontalAdvance(QLatin1Char('x')) * 16 + padding;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        if (column != TokenTableModel::DescriptionColumn)
            header->resizeSection(column, m_naturalWidth[size_t(column)]);
    header->setMinimumSectionSize(std::min(m_minimumDescriptionWidth, 40));
    // Never narrower than Description's least and the ⋮ column: the ⋮ stays reachable.
    setMinimumWidth(m_minimumDescriptionWidth + m_naturalWidth[TokenTableModel::OptionsColumn] +
                    verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
    fitColumnsToWidth();
}

int TokenTableView::wantedDescriptionWidth() const {
    // Description names the token: a column is dropped before it becomes the narrowest.
    int widest = m_minimumDescriptionWidth;
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        if (column != TokenTableModel::DescriptionColumn)
            widest = std::max(widest, m_naturalWidth[size_t(column)]);
    return widest;
}

int TokenTableView::fullWidth() const {
    int width =
        m_minimumDescriptionWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        if (column != TokenTableModel::DescriptionColumn)
            width += m_naturalWidth[size_t(column)];
    return width;
}

void TokenTableView::fitColumnsToWidth() {
    if (!model() || model()->columnCount() != TokenTableModel::ColumnCount ||
        m_minimumDescriptionWidth == 0)
        return;
    // The scroll bar's room is kept whether or not it shows: a list that grows past one
    // screen must not push the ⋮ column out.
    const int available = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
    int needed = wantedDescriptionWidth();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        if (column != TokenTableModel::DescriptionColumn)
            needed += m_naturalWidth[size_t(column)];
    QHeaderView *header = horizontalHeader();
    for (TokenTableModel::Column column : DroppedFirst) {
        const bool drop = needed > available;
        if (drop)
            needed -= m_naturalWidth[size_t(column)];
        if (header->isSectionHidden(column) != drop) {
            header->setSectionHidden(column, drop);
            if (!drop)
                header->resizeSection(column, m_naturalWidth[size_t(column)]);
        }
    }
}

void TokenTableView::placeEmptyState() {
    const QRect area = viewport()->rect();
    const int width = std::min(area.width() - 16, std::max(420, area.width() * 2 / 3));
    const int height = m_emptyState->heightForWidth(width) > 0 ? m_emptyState->heightForWidth(width)
                                                               : m_emptyState->sizeHint().height();
    m_emptyState->setGeometry(area.center().x() - width / 2,
                              std::max(0, std::min(area.height() / 4, area.height() - height)),
                              width, height);
}
