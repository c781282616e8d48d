#include "TokenHistoryList.h"

#include "ChangeHistory.h"
#include "HistoryQueryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

TokenHistoryList::TokenHistoryList(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("No changes to this token were recorded here."), this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("tokenHistory"));
    auto *heading = new QLabel(tr("History"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_empty->setObjectName(QStringLiteral("tokenHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("tokenHistoryTable"));
    m_table->setAccessibleName(tr("History of this token"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    hide();
}

void TokenHistoryList::setHistory(ChangeHistory *history) {
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    delete m_model;
    m_model = nullptr;
    if (history) {
        m_model = new HistoryQueryModel(history, this);
        m_model->setTimesToTheMinute(true);
        m_table->setModel(m_model);
        connect(history, &ChangeHistory::changed, this, &TokenHistoryList::reload);
    }
    reload();
}

void TokenHistoryList::showToken(const QString &tokenId) {
    if (tokenId == m_tokenId)
        return;
    m_tokenId = tokenId;
    reload();
}

void TokenHistoryList::reload() {
    const bool recording = m_history && m_history->state() == ChangeHistory::State::Ready;
    if (!recording || m_tokenId.isEmpty() || !m_model) {
        hide();
        return;
    }
    m_model->setTokenId(m_tokenId);
    m_model->reload();
    // When, what, and how it ended: the rest is in the History window. (A reload resets the
    // header's sections.)
    for (int column = 0; column < HistoryQueryModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, column != HistoryQueryModel::Time &&
                                             column != HistoryQueryModel::Operation &&
                                             column != HistoryQueryModel::Outcome);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(HistoryQueryModel::Time, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryQueryModel::Operation, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryQueryModel::Outcome, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_table->setVisible(any);
    show();
}
