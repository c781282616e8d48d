#include "DisableTokenDialog.h"

#include "DisplayText.h"
#include "Look.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// "  • telemetry: read, write", one line per database.
QStringList permissionLines(const Token &token) {
    QStringList lines;
    for (const QString &resource : tokenDatabases(token))
        lines.append(QStringLiteral("  • %1: %2")
                         .arg(databaseDisplayName(resource), actionsOn(token, resource)));
    return lines;
}

} // namespace

DisableTokenDialog::DisableTokenDialog(TokenSession *session, const QList<Token> &tokens,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tokens(tokens)
    , m_intro(new QLabel(this))
    , m_permissions(new QLabel(this))
    , m_state(new QLabel(this))
    , m_error(Look::problemLabel(this, QStringLiteral("errorLabel")))
    , m_busy(new QProgressBar(this))
    , m_disableButton(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("disableDialog"));
    const int count = int(m_tokens.size());
    const QString title = count == 1 ? tr("Disable Database Token")
                                     : tr("Disable %n Database Tokens", nullptr, count);
    setWindowTitle(title);
    setAccessibleName(title);
    setMinimumWidth(480);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    Look::makeHeading(heading);

    QLabel *intro = m_intro;
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    if (count == 1) {
        const Token &token = m_tokens.first();
        intro->setText(
            tr("Disabling “%1” removes all its permissions: it can then read or write nothing. "
               "It still exists, and Re-enable gives it these permissions back.")
                .arg(DisplayText::isolated(token.description.isEmpty() ? token.id
                                                                       : token.description)));
    } else {
        intro->setText(tr("Disabling removes all permissions of these %n tokens: they can then "
                          "read or write nothing. They still exist, and Re-enable gives each "
                          "its permissions back.",
                          nullptr, count));
    }

    auto *caption = new QLabel(tr("Permissions that will be removed:"), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    m_caption = caption;
    m_permissions->setObjectName(QStringLiteral("permissionsValue"));
    m_permissions->setTextFormat(Qt::PlainText);
    m_permissions->setWordWrap(true);
    m_permissions->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    // Reached by Tab and read as itself; its caption is its description.
    m_permissions->setFocusPolicy(Qt::StrongFocus);
    m_permissions->setAccessibleDescription(caption->text());
    caption->setBuddy(m_permissions);
    m_state->setObjectName(QStringLiteral("serverStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    showPermissions();

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();

    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_disableButton->setText(count == 1 ? tr("Disable Token")
                                        : tr("Disable %n Tokens", nullptr, count));
    m_disableButton->setAccessibleName(m_disableButton->text());
    m_disableButton->setAutoDefault(false);
    Look::setIcon(m_disableButton, QStringLiteral(":/icons/status-disabled.svg"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    // Enter cancels: disabling is asked for by a click, or Tab to the button and Space.
    m_cancel->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_disableButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(caption);
    // A long selection scrolls inside the dialog rather than growing it past the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("permissionsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_permissions->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(m_permissions);
    m_scroll = scroll;
    fitPermissionsHeight();
    layout->addWidget(scroll);
    layout->addWidget(m_state);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_disableButton, &QPushButton::clicked, this, &DisableTokenDialog::startDisable);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (m_session)
        connect(m_session, &TokenSession::disableFinished, this,
                &DisableTokenDialog::onDisableFinished);
    m_retryable = m_tokens;
    m_cancel->setFocus();
    readServerCopies();
}

void DisableTokenDialog::readServerCopies() {
    if (!m_session) {
        updateState();
        return;
    }
    // What is recorded and shown must be what the server has now, not what the list had:
    // a permission someone added since would otherwise be missing when it is re-enabled.
    connect(m_session, &TokenSession::tokenReloaded, this, &DisableTokenDialog::onTokenReloaded);
    for (const Token &token : std::as_const(m_tokens))
        m_reading.insert(token.id);
    m_state->setText(tr("Reading the permissions from the server…"));
    updateState();
    for (const Token &token : std::as_const(m_tokens))
        m_session->reloadToken(token.id);
}

void DisableTokenDialog::onTokenReloaded(const QString &tokenId, const ApiError &error) {
    if (!m_reading.remove(tokenId))
        return;
    const std::optional<Token> current =
        error.isError() || !m_session ? std::nullopt : m_session->model()->tokenById(tokenId);
    QString note;
    if (error.isHttp(404))
        note = tr("Token %1 no longer exists on the server.").arg(nameOf(tokenId));
    else if (!current)
        note = tr("Token %1 could not be read from the server, so it is left out. %2")
                   .arg(nameOf(tokenId), errorText(error));
    else if (current->isRevoked())
        note = tr("Token %1 has been revoked.").arg(nameOf(tokenId));
    else if (current->permissions.isEmpty())
        note = tr("Token %1 has no permissions on the server now: there is nothing to remove.")
                   .arg(nameOf(tokenId));
    for (QList<Token> *list : {&m_tokens, &m_retryable})
        for (qsizetype i = list->size() - 1; i >= 0; --i)
            if (list->at(i).id == tokenId) {
                if (note.isEmpty())
                    (*list)[i] = *current;
                else
                    list->removeAt(i);
            }
    if (!note.isEmpty())
        m_notes.append(note);
    if (!m_reading.isEmpty())
        return;
    m_state->setText(m_notes.isEmpty() ? tr("Read from the server just now.")
                                       : m_notes.join(QLatin1Char('\n')));
    if (!m_notes.isEmpty()) {
        Look::setTone(m_state, Look::Tone::Warning, true);
        m_state->setAccessibleName(m_state->text());
        Look::announce(m_state);
    }
    showPermissions();
    updateState();
    adjustSize();
}

void DisableTokenDialog::fitPermissionsHeight() {
    if (!m_scroll)
        return;
    const int most = fontMetrics().lineSpacing() * 16;
    m_scroll->setFixedHeight(std::min(m_permissions->sizeHint().height(), most));
}

void DisableTokenDialog::showPermissions() {
    QStringList lines;
    for (const Token &token : std::as_const(m_tokens)) {
        if (m_tokens.size() > 1)
            lines.append(tr("“%1” (%2):")
                             .arg(DisplayText::isolated(token.description),
                                  TokenTableModel::shortId(token.id)));
        const QStringList own = permissionLines(token);
        lines.append(own.isEmpty() ? tr("  • none") : own.join(QLatin1Char('\n')));
    }
    m_permissions->setText(lines.join(QLatin1Char('\n')));
    fitPermissionsHeight();
    // Said as the dialog opens, so a screen reader user hears what will be removed.
    setAccessibleDescription(
        tr("%1 %2\n%3").arg(m_intro->text(), m_caption->text(), m_permissions->text()));
}

QStringList DisableTokenDialog::tokenIds() const {
    QStringList ids;
    for (const Token &token : m_tokens)
        ids.append(token.id);
    return ids;
}

QString DisableTokenDialog::permissionsText() const {
    return m_permissions->text();
}

QString DisableTokenDialog::nameOf(const QString &tokenId) const {
    for (const Token &token : m_tokens)
        if (token.id == tokenId && !token.description.isEmpty())
            return tr("“%1” (%2)")
                .arg(DisplayText::isolated(token.description), DisplayText::isolated(tokenId));
    return DisplayText::isolated(tokenId);
}

void DisableTokenDialog::updateState() {
    m_disableButton->setEnabled(m_session && m_reading.isEmpty() && !m_sending &&
                                !m_retryable.isEmpty());
    m_cancel->setEnabled(!m_sending);
    m_busy->setVisible(m_sending || !m_reading.isEmpty());
}

void DisableTokenDialog::reject() {
    if (m_sending)
        return;
    QDialog::reject();
}

void DisableTokenDialog::startDisable() {
    if (m_sending || !m_session || m_retryable.isEmpty() || !m_reading.isEmpty())
        return;
    m_sending = true;
    m_problems.clear();
    m_error->hide();
    QStringList ids;
    for (const Token &token : std::as_const(m_retryable)) {
        ids.append(token.id);
        m_waiting.insert(token.id);
    }
    m_retryable.clear();
    updateState();
    m_session->disable(ids);
}

void DisableTokenDialog::onDisableFinished(const QString &tokenId, const ApiError &error) {
    if (!m_waiting.remove(tokenId))
        return;
    if (error.isHttp(404)) {
        m_problems.append(tr("Token %1 no longer exists on the server: nothing was disabled.")
                              .arg(nameOf(tokenId)));
    } else if (error.outcomeUnknown()) {
        // It may have reached the server: the list is read again to show what it did.
        m_problems.append(tr("The server did not confirm that token %1 was disabled, so it may "
                             "or may not have been. The list is being refreshed to show its "
                             "real permissions. %2")
                              .arg(nameOf(tokenId), errorText(error)));
    } else if (error.isError()) {
        m_problems.append(
            tr("Token %1 was not disabled. %2").arg(nameOf(tokenId), errorText(error)));
        for (const Token &token : std::as_const(m_tokens))
            if (token.id == tokenId)
                m_retryable.append(token);
    }
    if (m_waiting.isEmpty())
        finish();
}

void DisableTokenDialog::finish() {
    m_sending = false;
    if (m_problems.isEmpty()) {
        accept(); // the main window says it in its status bar
        return;
    }
    Look::showProblem(m_error, m_problems.join(QLatin1Char('\n')));
    updateState();
    adjustSize();
    // Whatever happened, Enter must not send again unasked.
    m_cancel->setFocus(Qt::OtherFocusReason);
}
