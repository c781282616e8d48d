#include "HistoryWindow.h"

#include "ChangeHistory.h"
#include "ClearHistoryDialog.h"
#include "CsvWriter.h"
#include "HistoryFilterModel.h"
#include "HistoryQueryModel.h"
#include "Look.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// The earliest date a date filter offers, shown as "Any": that end of the range is open.
const QDate OpenEnd(2000, 1, 1);

QDateEdit *dateFilter(QWidget *parent, const QString &objectName, const QString &name) {
    auto *edit = new QDateEdit(OpenEnd, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setMinimumDate(OpenEnd);
    edit->setSpecialValueText(QObject::tr("Any"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

HistoryWindow::HistoryWindow(ChangeHistory *history, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_history(history)
    , m_model(new HistoryQueryModel(history, this))
    , m_proxy(new HistoryFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_connection(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_from(dateFilter(this, QStringLiteral("historyFromDate"), tr("From date")))
    , m_to(dateFilter(this, QStringLiteral("historyToDate"), tr("To date")))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export to CSV…"), this))
    , m_clear(new QPushButton(tr("C&lear History Older Than…"), this))
    , m_reloadSoon(new QTimer(this)) {
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History — Token Admin"));
    resize(1100, 560);

    auto *heading = new QLabel(tr("History"), this);
    Look::makeHeading(heading, 1.4);
    auto *subtitle = new QLabel(
        tr("Every change Token Admin asked a server for, recorded on this computer before it was "
           "sent. The Management API keeps no such record of its own."),
        this);
    subtitle->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("historySearchField"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setPlaceholderText(tr("Search description, token ID, user, message…"));
    m_search->setClearButtonEnabled(true);
    m_connection->setObjectName(QStringLiteral("historyConnectionFilter"));
    m_connection->setAccessibleName(tr("Connection"));
    m_token->setObjectName(QStringLiteral("historyTokenFilter"));
    m_token->setAccessibleName(tr("Token ID"));
    m_token->setPlaceholderText(tr("Any token"));
    m_token->setClearButtonEnabled(true);
    m_operation->setObjectName(QStringLiteral("historyOperationFilter"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->addItem(tr("Any operation"), QString());
    for (const char *name :
         {"create", "edit", "revoke", "disable", "re-enable", "rotate-create", "rotate-revoke"})
        m_operation->addItem(HistoryQueryModel::operationText(QLatin1String(name)),
                             QLatin1String(name));
    m_outcome->setObjectName(QStringLiteral("historyOutcomeFilter"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *name : {"confirmed", "failed", "unknown", "pending"})
        m_outcome->addItem(HistoryQueryModel::outcomeText(QLatin1String(name)),
                           QLatin1String(name));

    auto *filters = new QGridLayout;
    auto addFilter = [this, filters](int row, int column, const QString &caption, QWidget *field) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    addFilter(0, 0, tr("&Search:"), m_search);
    addFilter(0, 1, tr("Co&nnection:"), m_connection);
    addFilter(0, 2, tr("&Token:"), m_token);
    addFilter(1, 0, tr("O&peration:"), m_operation);
    addFilter(1, 1, tr("O&utcome:"), m_outcome);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    auto *fromLabel = new QLabel(tr("&Dates:"), this);
    fromLabel->setBuddy(m_from);
    filters->addWidget(fromLabel, 1, 4);
    filters->addLayout(dates, 1, 5);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryQueryModel::Time, Qt::DescendingOrder);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("historyExportButton"));
    m_export->setAccessibleName(tr("Export to CSV"));
    m_clear->setObjectName(QStringLiteral("historyClearButton"));
    m_clear->setAccessibleName(tr("Clear history older than"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("historyCloseButton"));
    close->setAccessibleName(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_clear);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryWindow::applyFilters);
    connect(m_token, &QLineEdit::textChanged, this, &HistoryWindow::applyFilters);
    for (QComboBox *box : {m_connection, m_operation, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilters);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::chooseExportFile);
    connect(m_clear, &QPushButton::clicked, this, &HistoryWindow::chooseClear);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryWindow::updateCount);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(100);
    connect(m_reloadSoon, &QTimer::timeout, this, &HistoryWindow::reload);
    if (m_history)
        connect(m_history, &ChangeHistory::changed, m_reloadSoon, [this] {
            if (!m_reloadSoon->isActive())
                m_reloadSoon->start();
        });
    reload();
}

void HistoryWindow::reload() {
    // A reload resets the header: keep the user's widths, order and sort.
    QHeaderView *header = m_table->horizontalHeader();
    const bool first = m_model->columnCount() == 0;
    const QByteArray state = header->saveState();
    m_model->reload();
    if (!first) {
        header->restoreState(state);
    } else if (m_model->columnCount() > 0) {
        // Where the cluster is, in full, goes to the export; the table names the connection.
        for (int column : {HistoryQueryModel::Product, HistoryQueryModel::AccountId,
                           HistoryQueryModel::ClusterId, HistoryQueryModel::Host})
            m_table->setColumnHidden(column, true);
        m_table->resizeColumnsToContents();
        for (int column = 0; column < HistoryQueryModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 70, 240));
        m_table->sortByColumn(HistoryQueryModel::Time, Qt::DescendingOrder);
    }
    // The connections the rows name, for the filter; the one chosen stays chosen.
    const QString chosen = m_connection->currentData().toString();
    QStringList names;
    QSet<QString> seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name =
            m_model->index(row, HistoryQueryModel::Connection).data(Qt::EditRole).toString();
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("Any connection"), QString());
    for (const QString &name : std::as_const(names))
        m_connection->addItem(name.isEmpty() ? tr("(unnamed)") : name, name);
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(chosen)));
    const bool ready = m_history && m_history->state() == ChangeHistory::State::Ready;
    m_export->setEnabled(ready);
    m_clear->setEnabled(ready);
    if (!ready)
        m_status->setText(m_history && !m_history->problem().isEmpty()
                              ? m_history->problem()
                              : tr("No history is being recorded in this run."));
    updateCount();
}

void HistoryWindow::applyFilters() {
    m_proxy->setSearchText(m_search->text());
    m_proxy->setConnectionName(m_connection->currentData().toString());
    m_proxy->setTokenId(m_token->text());
    m_proxy->setOperation(m_operation->currentData().toString());
    m_proxy->setOutcome(m_outcome->currentData().toString());
    m_proxy->setDateRange(m_from->date() == OpenEnd ? QDate() : m_from->date(),
                          m_to->date() == OpenEnd ? QDate() : m_to->date());
    updateCount();
}

void HistoryWindow::updateCount() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total
            ? tr("%1 entries").arg(QLocale().toString(total))
            : tr("%1 of %2 entries").arg(QLocale().toString(shown), QLocale().toString(total)));
}

bool HistoryWindow::exportCsv(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    QStringList header;
    for (int column = 0; column < HistoryQueryModel::ColumnCount; ++column)
        header.append(HistoryQueryModel::columnKey(column));
    bool ok = writer.writeRow(header);
    // The rows shown, in their order, with their raw values: UTC times, names, JSON.
    for (int row = 0; ok && row < m_proxy->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < HistoryQueryModel::ColumnCount; ++column)
            cells.append(m_proxy->index(row, column).data(Qt::EditRole).toString());
        ok = writer.writeRow(cells);
    }
    if (!ok || !file.commit()) {
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void HistoryWindow::chooseExportFile() {
    auto *dialog = new QFileDialog(this, tr("Export History"));
    dialog->setObjectName(QStringLiteral("historyExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("token-admin-history.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportCsv(path, &error))
            m_status->setText(
                tr("Exported %1 entries to %2.")
                    .arg(QLocale().toString(m_proxy->rowCount()), QDir::toNativeSeparators(path)));
        else
            m_status->setText(error);
    });
    dialog->open();
}

void HistoryWindow::chooseClear() {
    auto *dialog = new ClearHistoryDialog(m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
