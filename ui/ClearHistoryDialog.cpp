#include "ClearHistoryDialog.h"

#include "ChangeHistory.h"
#include "Look.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ClearHistoryDialog::ClearHistoryDialog(ChangeHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_date(new QDateEdit(QDate::currentDate().addDays(-90), this))
    , m_summary(new QLabel(this))
    , m_error(Look::problemLabel(this, QStringLiteral("clearHistoryError")))
    , m_delete(new QPushButton(this)) {
    setObjectName(QStringLiteral("clearHistoryDialog"));
    setWindowTitle(tr("Clear History"));
    auto *heading = new QLabel(tr("Clear history older than…"), this);
    Look::makeHeading(heading);
    m_date->setObjectName(QStringLiteral("clearHistoryDate"));
    m_date->setAccessibleName(tr("Delete entries recorded before"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    m_summary->setObjectName(QStringLiteral("clearHistorySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_delete->setObjectName(QStringLiteral("clearHistoryConfirmButton"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("clearHistoryCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true); // Enter never deletes

    auto *form = new QFormLayout;
    form->addRow(tr("Delete entries recorded &before:"), m_date);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &ClearHistoryDialog::updateCount);
    connect(m_delete, &QPushButton::clicked, this, &ClearHistoryDialog::clear);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateCount();
}

QDateTime ClearHistoryDialog::cutoff() const {
    return m_date->date().startOfDay().toUTC();
}

void ClearHistoryDialog::updateCount() {
    const int count = m_history ? m_history->countOlderThan(cutoff()) : 0;
    const QString day = QLocale().toString(m_date->date(), QLocale::LongFormat);
    if (count == 0)
        m_summary->setText(tr("No entries were recorded before %1.").arg(day));
    else if (count == 1)
        m_summary->setText(
            tr("This deletes 1 entry recorded before %1. It cannot be restored.").arg(day));
    else
        m_summary->setText(
            tr("This deletes %1 entries recorded before %2. They cannot be restored.")
                .arg(QLocale().toString(count), day));
    m_delete->setText(count == 1 ? tr("Delete 1 Entry")
                                 : tr("Delete %1 Entries").arg(QLocale().toString(count)));
    m_delete->setAccessibleName(m_delete->text());
    m_delete->setEnabled(count > 0);
}

void ClearHistoryDialog::clear() {
    if (!m_history || !m_history->clearOlderThan(cutoff())) {
        m_error->setText(m_history ? m_history->problem() : tr("The history is closed."));
        m_error->show();
        return;
    }
    accept();
}
