#include "DatabasesPanel.h"

#include "DatabaseAccessModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DatabasesPanel::DatabasesPanel(DatabaseAccessModel *databases, QWidget *parent)
    : QWidget(parent)
    , m_databases(databases)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this)) {
    setObjectName(QStringLiteral("databasesPanel"));
    // A few hundred databases at most: the stock proxy sorts them in no time.
    m_sorted->setSourceModel(databases);
    m_sorted->setSortRole(DatabaseAccessModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("databasesTable"));
    m_table->setAccessibleName(tr("Databases and the active tokens that can reach them"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DatabaseAccessModel::DatabaseColumn, Qt::AscendingOrder);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DatabaseAccessModel::DatabaseColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DatabaseAccessModel::ReadersColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DatabaseAccessModel::WritersColumn,
                                                      QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_showing && current.isValid())
                    Q_EMIT databaseChosen(
                        current.data(DatabaseAccessModel::DatabaseRole).toString());
            });

    m_note->setObjectName(QStringLiteral("databasesNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    // Room for a usual database name and both counts, in the font in use.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setMinimumWidth(
        metrics.horizontalAdvance(QStringLiteral("metrics_staging (unknown)")) +
        2 * metrics.horizontalAdvance(tr("Can write")) + 60);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

void DatabasesPanel::showDatabase(const QString &database) {
    m_showing = true;
    const QModelIndexList found =
        database.isEmpty()
            ? QModelIndexList()
            : m_sorted->match(m_sorted->index(0, 0), DatabaseAccessModel::DatabaseRole, database, 1,
                              Qt::MatchExactly);
    if (found.isEmpty())
        m_table->selectionModel()->clear();
    else
        m_table->setCurrentIndex(found.first());
    m_showing = false;
}

void DatabasesPanel::setNote(const QString &text) {
    m_note->setText(text);
    m_note->setAccessibleName(text);
    m_note->setVisible(!text.isEmpty());
}
