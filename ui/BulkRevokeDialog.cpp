#include "BulkRevokeDialog.h"

#include "DisplayText.h"
#include "Look.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

BulkRevokeDialog::BulkRevokeDialog(TokenSession *session, const QList<Token> &tokens,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_runner(new BulkRevoke(session, tokens, this))
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_risk(new QCheckBox(tr("I understand the risk of this action"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Retry failed"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_revokeButton(new QPushButton(this)) {
    const int count = int(tokens.size());
    setObjectName(QStringLiteral("bulkRevokeDialog"));
    setWindowTitle(tr("Revoke %n tokens", nullptr, count));
    setAccessibleName(windowTitle());
    setMinimumWidth(760);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->setContentsMargins(24, 20, 24, 18);

    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(windowTitle());
    Look::makeHeading(m_heading, 1.5);
    layout->addWidget(m_heading);

    auto *warningRow = new QHBoxLayout;
    auto *warningIcon = new QLabel(this);
    warningIcon->setObjectName(QStringLiteral("warningIcon"));
    Look::setIconPixmap(warningIcon, QStringLiteral(":/icons/warning.svg"), 22, Look::Tone::Error);
    auto *warning = new QLabel(tr("You are about to revoke %n tokens", nullptr, count), this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setTextFormat(Qt::PlainText);
    Look::setTone(warning, Look::Tone::Error, true);
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(warning);
    warningRow->addStretch();
    layout->addLayout(warningRow);

    auto *consequence = new QLabel(tr("Anything that references these tokens will no longer "
                                      "function. This cannot be undone."),
                                   this);
    consequence->setObjectName(QStringLiteral("consequenceLabel"));
    consequence->setTextFormat(Qt::PlainText);
    consequence->setWordWrap(true);
    layout->addWidget(consequence);

    // One row per token, then how its revoke ended. Column widths from the font, never from
    // the contents: measuring 1,000 rows at each answer would stall the window.
    m_list->setObjectName(QStringLiteral("tokenList"));
    m_list->setAccessibleName(tr("Tokens to revoke"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels(
        {tr("Description"), tr("ID"), tr("Databases"), tr("Expires"), tr("Result")});
    const QFontMetrics metrics(font());
    const int x = metrics.horizontalAdvance(QLatin1Char('x'));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    header->resizeSection(DescriptionColumn, x * 20);
    header->resizeSection(IdColumn, metrics.horizontalAdvance(QStringLiteral("dddddddd…")) + 20);
    header->resizeSection(DatabasesColumn, x * 20);
    header->resizeSection(ExpiresColumn,
                          metrics.horizontalAdvance(QStringLiteral("2026-12-31")) + 24);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(count);
    for (const Token &token : tokens) {
        auto *row = new QTreeWidgetItem;
        row->setText(DescriptionColumn, DisplayText::singleLine(token.description));
        row->setToolTip(DescriptionColumn, DisplayText::plainToolTip(token.description));
        row->setText(IdColumn, TokenTableModel::shortId(token.id));
        row->setToolTip(IdColumn, token.id);
        row->setText(DatabasesColumn, databasesSummary(token));
        row->setText(ExpiresColumn, relativeExpiryText(token.expiresAt, now));
        row->setToolTip(ExpiresColumn, token.expires()
                                           ? TokenTableModel::displayDateTime(token.expiresAt)
                                           : QString());
        rows.append(row);
    }
    m_list->addTopLevelItems(rows);
    m_list->setMinimumHeight(metrics.height() * 9);
    layout->addWidget(m_list, 1);

    m_risk->setObjectName(QStringLiteral("riskCheckBox"));
    m_risk->setAccessibleName(m_risk->text());
    layout->addWidget(m_risk);

    if (m_session && m_session->endpoint().production) {
        // As for one token, a production cluster asks for more than a tick: here the number
        // of tokens, typed, so that a selection larger than meant is caught.
        auto *prompt = new QLabel(this);
        prompt->setObjectName(QStringLiteral("confirmPrompt"));
        prompt->setTextFormat(Qt::PlainText);
        prompt->setWordWrap(true);
        prompt->setText(tr("%1 is a production connection. To confirm, type the number of "
                           "tokens to revoke: %2")
                            .arg(m_session->endpoint().displayName())
                            .arg(count));
        m_confirmField = new QLineEdit(this);
        m_confirmField->setObjectName(QStringLiteral("confirmCountField"));
        m_confirmField->setAccessibleName(tr("Type the number of tokens to confirm"));
        m_confirmField->setMaxLength(9);
        prompt->setBuddy(m_confirmField);
        layout->addWidget(prompt);
        layout->addWidget(m_confirmField);
        connect(m_confirmField, &QLineEdit::textChanged, this, &BulkRevokeDialog::updateState);
    }

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Revoke progress"));
    m_progress->setRange(0, std::max(1, count));
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(m_retryButton->text());
    m_retryButton->setAutoDefault(false);
    m_retryButton->hide();
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAccessibleName(m_stopButton->text());
    m_stopButton->setAutoDefault(false);
    m_stopButton->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    m_cancelButton->setAutoDefault(false);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    m_revokeButton->setText(tr("Revoke %n tokens", nullptr, count));
    m_revokeButton->setAccessibleName(m_revokeButton->text());
    m_revokeButton->setDefault(true);
    Look::setIcon(m_revokeButton, QStringLiteral(":/icons/revoke.svg"));
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_revokeButton);
    layout->addLayout(buttons);

    // Tab goes as the eye does: the list, the tick, the typed number, the buttons left to right.
    QWidget *previous = m_list;
    for (QWidget *next :
         std::initializer_list<QWidget *>{m_risk, m_confirmField, m_summary, m_retryButton,
                                          m_stopButton, m_cancelButton, m_revokeButton}) {
        if (!next)
            continue;
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_risk, &QCheckBox::toggled, this, &BulkRevokeDialog::updateState);
    connect(m_revokeButton, &QPushButton::clicked, this, &BulkRevokeDialog::startRevoke);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_stopButton, &QPushButton::clicked, m_runner, &BulkRevoke::stop);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_summary->hide();
        m_runner->retryFailed();
        updateState();
    });
    connect(m_runner, &BulkRevoke::itemChanged, this, &BulkRevokeDialog::showItem);
    connect(m_runner, &BulkRevoke::progressChanged, this, &BulkRevokeDialog::showProgress);
    connect(m_runner, &BulkRevoke::finished, this, &BulkRevokeDialog::onFinished);

    // The results' tones follow the palette when the desktop switches between light and dark.
    Look::followPalette(this, [this] {
        for (int i = 0; i < m_runner->items().size(); ++i)
            if (m_runner->items().at(i).state != BulkRevoke::State::Waiting)
                showItem(i);
    });
    m_risk->setFocus();
    updateState();
    resize(std::max(minimumWidth(), x * 120), sizeHint().height());
}

void BulkRevokeDialog::updateState() {
    const bool started = m_runner->roundSize() > 0 || m_runner->isRunning();
    const bool running = m_runner->isRunning();
    const bool typed = !m_confirmField || m_confirmField->text().trimmed() ==
                                              QString::number(m_runner->items().size());
    m_revokeButton->setVisible(!started);
    m_revokeButton->setEnabled(m_session && !started && m_risk->isChecked() && typed);
    m_risk->setEnabled(!started);
    if (m_confirmField)
        m_confirmField->setEnabled(!started);
    m_progress->setVisible(started);
    m_stopButton->setVisible(running);
    m_stopButton->setEnabled(running);
    m_cancelButton->setText(started ? tr("Close") : tr("Cancel"));
    m_cancelButton->setAccessibleName(m_cancelButton->text());
    m_cancelButton->setEnabled(!running);
    const int failed = m_runner->count(BulkRevoke::State::Failed);
    m_retryButton->setVisible(started && failed > 0);
    m_retryButton->setEnabled(!running && failed > 0);
}

void BulkRevokeDialog::reject() {
    if (m_runner->isRunning())
        return;
    QDialog::reject();
}

void BulkRevokeDialog::startRevoke() {
    if (!m_revokeButton->isEnabled() || m_runner->isRunning())
        return;
    m_runner->start();
    updateState();
    // Stop is what a key press may reach now, never a second request.
    m_stopButton->setFocus(Qt::OtherFocusReason);
}

void BulkRevokeDialog::showItem(int index) {
    QTreeWidgetItem *row = m_list->topLevelItem(index);
    if (!row)
        return;
    const BulkRevoke::Item &item = m_runner->items().at(index);
    row->setText(ResultColumn, resultText(item));
    row->setToolTip(ResultColumn, DisplayText::plainToolTip(row->text(ResultColumn)));
    row->setData(ResultColumn, StateRole, int(item.state));
    const bool bad =
        item.state == BulkRevoke::State::Failed ||
        (item.state == BulkRevoke::State::Unknown && item.check != BulkRevoke::Check::ShowsRevoked);
    row->setForeground(ResultColumn,
                       bad ? Look::toneColour(Look::Tone::Error, palette(), QPalette::Base)
                           : palette().color(QPalette::Text));
}

void BulkRevokeDialog::showProgress(int answered, int roundSize) {
    m_progress->setRange(0, std::max(1, roundSize));
    m_progress->setValue(answered);
    m_progress->setFormat(tr("%1 of %2").arg(answered).arg(roundSize));
    m_progress->setAccessibleDescription(m_progress->format());
}

void BulkRevokeDialog::onFinished() {
    using State = BulkRevoke::State;
    m_summary->setText(tr("Revoked: %1. Already gone: %2. Failed: %3. Unknown: %4. Not sent: %5.")
                           .arg(m_runner->count(State::Revoked))
                           .arg(m_runner->count(State::AlreadyGone))
                           .arg(m_runner->count(State::Failed))
                           .arg(m_runner->count(State::Unknown))
                           .arg(m_runner->count(State::NotSent)));
    m_summary->setAccessibleName(m_summary->text());
    m_summary->show();
    updateState();
    // Close, not Retry: Enter must not send anything unasked.
    m_cancelButton->setFocus(Qt::OtherFocusReason);
}

QString BulkRevokeDialog::resultText(const BulkRevoke::Item &item) const {
    using State = BulkRevoke::State;
    using Check = BulkRevoke::Check;
    switch (item.state) {
    case State::Waiting:
        return QString();
    case State::Sending:
        return tr("Sending…");
    case State::Revoked:
        return tr("Revoked");
    case State::AlreadyGone:
        return tr("Already gone (HTTP 404)");
    case State::Failed:
        return item.httpStatus > 0
                   ? tr("Failed: HTTP %1, %2").arg(item.httpStatus).arg(item.message)
                   : tr("Failed: %1").arg(item.message);
    case State::NotSent:
        return tr("Not sent");
    case State::Unknown:
        switch (item.check) {
        case Check::None:
        case Check::Checking:
            return tr("Unknown: no answer; reading the token again…");
        case Check::ShowsRevoked:
            return tr("Unknown: no answer; the server now shows it revoked");
        case Check::ShowsActive:
            return tr("Unknown: no answer; the server still shows it active");
        case Check::ShowsGone:
            return tr("Unknown: no answer; the server no longer has it");
        case Check::CheckFailed:
            return tr("Unknown: no answer, and it could not be read again: %1").arg(item.message);
        }
    }
    return {};
}
