#include "RotateTokenDialog.h"

#include "DisplayText.h"
#include "Look.h"
#include "PermissionEditor.h"
#include "RevokeTokenDialog.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

RotateTokenDialog::RotateTokenDialog(TokenSession *session, const Token &oldToken, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_old(oldToken)
    , m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("rotateTokenDialog"));
    setWindowTitle(tr("Rotate Database Token"));
    setAccessibleName(tr("Rotate Database Token"));
    setMinimumWidth(600);
    m_pages->addWidget(newTokenPage());
    m_pages->addWidget(secretPage());
    m_pages->addWidget(replacePage());
    m_pages->addWidget(donePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(m_pages);

    if (m_session) {
        connect(m_session, &TokenSession::replacementCreated, this,
                &RotateTokenDialog::onReplacementCreated);
        connect(m_session, &TokenSession::busyChanged, this, &RotateTokenDialog::updateState);
        m_permissions->loadDatabases(m_session);
    }
    showStep(Step::NewToken);
}

QString RotateTokenDialog::defaultDescription(const Token &oldToken, const QDate &today) {
    return tr("%1 (rotated %2)", "the old token's description, today's date")
        .arg(oldToken.description, today.toString(Qt::ISODate));
}

QDateTime RotateTokenDialog::defaultExpiry(const Token &oldToken, const QDateTime &now) {
    if (!oldToken.expires())
        return {};
    // A token whose creation is unknown, or that expired before it was made, gets the
    // create dialog's shortest preset rather than no lifetime at all.
    qint64 lifetime =
        oldToken.createdAt.isValid() ? oldToken.createdAt.secsTo(oldToken.expiresAt) : 0;
    if (lifetime <= 0)
        lifetime = 30LL * 86400;
    const QDateTime at = now.addSecs(lifetime);
    return QDateTime(at.date(), QTime(at.time().hour(), at.time().minute()), at.timeSpec());
}

QLabel *RotateTokenDialog::pageHeading(QWidget *page, const QString &stepText) {
    auto *heading = new QLabel(tr("Rotate Database Token"), page);
    Look::makeHeading(heading);
    auto *step = new QLabel(stepText, page);
    step->setObjectName(QStringLiteral("stepLabel"));
    step->setAccessibleName(stepText);
    QFont bold = step->font();
    bold.setBold(true);
    step->setFont(bold);
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addWidget(heading);
    layout->addWidget(step);
    return step;
}

QLabel *RotateTokenDialog::paragraph(QWidget *page, const QString &objectName) {
    auto *label = new QLabel(page);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page->layout()->addWidget(label);
    return label;
}

QWidget *RotateTokenDialog::newTokenPage() {
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("newTokenPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    pageHeading(page, tr("Step 1 of 3: the new token"));
    QLabel *intro = paragraph(page, QStringLiteral("introLabel"));
    intro->setText(tr("A new token replaces “%1” (ID %2). It starts with the same permissions; "
                      "change them here if the new one needs others.")
                       .arg(DisplayText::isolated(m_old.description, 200), m_old.id));
    intro->setAccessibleName(intro->text());

    m_description = new QLineEdit(defaultDescription(m_old, QDate::currentDate()), page);
    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setAccessibleName(tr("New token description"));
    m_expires = new QCheckBox(tr("The new token expires at the chosen time"), page);
    m_expires->setObjectName(QStringLiteral("expiresToggle"));
    m_expires->setAccessibleName(tr("New token expires"));
    m_expiry = new QDateTimeEdit(page);
    m_expiry->setObjectName(QStringLiteral("expiryField"));
    m_expiry->setAccessibleName(tr("Expiration date and time, local time"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setTimeSpec(Qt::LocalTime);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime expiry = defaultExpiry(m_old, QDateTime::currentDateTime());
    m_expires->setChecked(expiry.isValid());
    m_expiry->setDateTime(expiry.isValid()
                              ? expiry.toLocalTime()
                              : QDateTime(QDate::currentDate().addDays(30), QTime(0, 0)));
    m_expiry->setEnabled(expiry.isValid());
    auto *lifetime = new QLabel(page);
    lifetime->setObjectName(QStringLiteral("lifetimeNote"));
    lifetime->setWordWrap(true);
    const int days = expiry.isValid()
                         ? int(std::lround(QDateTime::currentDateTime().secsTo(expiry) / 86400.0))
                         : 0;
    lifetime->setText(
        expiry.isValid()
            ? tr("%n day(s) from now: as long as the old token's lifetime.", nullptr, days)
            : tr("The old token never expires, so the new one does not either."));
    lifetime->setAccessibleName(lifetime->text());
    Look::setTone(lifetime, Look::Tone::Muted);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *descriptionLabel = new QLabel(tr("Token &description*"), page);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    auto *expiryColumn = new QVBoxLayout;
    expiryColumn->addWidget(m_expires);
    auto *expiryLine = new QHBoxLayout;
    expiryLine->addWidget(m_expiry);
    expiryLine->addStretch(1);
    expiryColumn->addLayout(expiryLine);
    expiryColumn->addWidget(lifetime);
    auto *expiryLabel = new QLabel(tr("&Expiration"), page);
    expiryLabel->setBuddy(m_expires);
    form->addRow(expiryLabel, expiryColumn);
    layout->addLayout(form);

    auto *permissionsTitle = new QLabel(tr("Permissions"), page);
    QFont bold = permissionsTitle->font();
    bold.setBold(true);
    permissionsTitle->setFont(bold);
    layout->addWidget(permissionsTitle);
    m_permissions = new PermissionEditor(page);
    m_permissions->setPermissions(m_old.permissions);
    layout->addWidget(m_permissions);
    m_error = Look::problemLabel(page, QStringLiteral("errorLabel"));
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_busy = new QProgressBar(page);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Creating the new token"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    m_create = new QPushButton(tr("Create New Token"), page);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create New Token"));
    m_create->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    connect(m_description, &QLineEdit::textChanged, this, &RotateTokenDialog::updateState);
    connect(m_expires, &QCheckBox::toggled, this, [this](bool on) {
        m_expiry->setEnabled(on);
        updateState();
    });
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &RotateTokenDialog::updateState);
    connect(m_permissions, &PermissionEditor::changed, this, &RotateTokenDialog::updateState);
    connect(m_create, &QPushButton::clicked, this, &RotateTokenDialog::createNewToken);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *RotateTokenDialog::secretPage() {
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("secretPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    pageHeading(page, tr("Step 2 of 3: the new token's secret"));
    m_createdText = paragraph(page, QStringLiteral("createdLabel"));
    layout->addStretch(1);
    return page;
}

QWidget *RotateTokenDialog::replacePage() {
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("replacePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    pageHeading(page, tr("Step 3 of 3: replace the old token"));
    auto *advice = paragraph(page, QStringLiteral("replaceAdvice"));
    advice->setText(tr("Put the new token wherever the old one is used. The old token keeps "
                       "working until you revoke it."));
    advice->setAccessibleName(advice->text());
    m_replaceText = paragraph(page, QStringLiteral("replaceLabel"));
    Look::setTone(m_replaceText, Look::Tone::Muted);
    layout->addStretch(1);

    m_later = new QPushButton(tr("Later"), page);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_later->setAccessibleName(tr("Revoke the old token later"));
    m_later->setToolTip(tr("The old token is shown as replaced, with its revoke pending, until "
                           "you revoke it."));
    m_later->setAutoDefault(false);
    m_revokeOld = new QPushButton(tr("Revoke the Old Token Now…"), page);
    m_revokeOld->setObjectName(QStringLiteral("revokeOldButton"));
    m_revokeOld->setAccessibleName(tr("Revoke the old token now"));
    Look::setIcon(m_revokeOld, QStringLiteral(":/icons/revoke.svg"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_later);
    buttons->addWidget(m_revokeOld);
    layout->addLayout(buttons);
    connect(m_later, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_revokeOld, &QPushButton::clicked, this, &RotateTokenDialog::revokeOldToken);
    return page;
}

QWidget *RotateTokenDialog::donePage() {
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("donePage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    pageHeading(page, tr("Done"));
    m_doneText = paragraph(page, QStringLiteral("doneLabel"));
    layout->addStretch(1);
    auto *close = new QPushButton(tr("Close"), page);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void RotateTokenDialog::showStep(Step step) {
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setEnabled(i == int(step));
    switch (step) {
    case Step::NewToken:
        m_description->setFocus();
        break;
    case Step::Secret:
        break;
    case Step::ReplaceOld:
        m_revokeOld->setDefault(true);
        m_revokeOld->setFocus();
        break;
    case Step::Done:
        m_pages->currentWidget()->findChild<QPushButton *>()->setFocus();
        break;
    }
    updateState();
}

QString RotateTokenDialog::problem() const {
    if (m_description->text().trimmed().isEmpty())
        return tr("A token description is required.");
    if (m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime())
        return tr("The expiration must be in the future.");
    QString permissionProblem;
    if (!m_permissions->validate(&permissionProblem))
        return permissionProblem;
    return {};
}

void RotateTokenDialog::updateState() {
    // Another token being created (one at a time) holds this one back until it is done.
    const bool otherCreate = m_session && m_session->isCreating() && !m_sending;
    const QString why =
        otherCreate ? tr("Another token is being created; wait for it.") : problem();
    m_create->setEnabled(m_session && !m_sending && why.isEmpty());
    m_create->setToolTip(why);
    m_cancel->setEnabled(!m_sending);
    m_busy->setVisible(m_sending);
}

void RotateTokenDialog::reject() {
    if (m_sending || m_step == Step::Secret)
        return;
    QDialog::reject();
}

void RotateTokenDialog::createNewToken() {
    if (m_sending || !m_session || m_step != Step::NewToken || !m_create->isEnabled())
        return;
    NewToken request;
    request.description = m_description->text().trimmed();
    request.permissions = m_permissions->permissions();
    if (m_expires->isChecked())
        request.expiresAt = m_expiry->dateTime().toUTC();
    m_sending = true;
    m_error->hide();
    updateState();
    m_session->createReplacement(m_old.id, request);
}

void RotateTokenDialog::onReplacementCreated(const QString &oldTokenId, const Token &token,
                                             const QString &accessToken, const ApiError &error) {
    if (oldTokenId != m_old.id || !m_sending)
        return;
    m_sending = false;
    if (error.isError()) {
        updateState();
        // No secret and no revoke step: the server did not confirm a new token.
        Look::showProblem(
            m_error, error.outcomeUnknown()
                         ? tr("The server did not confirm, so the new token may or may not have "
                              "been created. The list is being refreshed: check it before "
                              "trying again. %1")
                               .arg(errorText(error))
                         : tr("The new token was not created. %1").arg(errorText(error)));
        m_cancel->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_new = token;
    m_createdText->setText(tr("The new token “%1” (ID %2) was created. Its secret is shown once, "
                              "in its own window: copy it and store it somewhere safe.")
                               .arg(DisplayText::isolated(token.description, 200), token.id));
    m_createdText->setAccessibleName(m_createdText->text());
    m_replaceText->setText(tr("Old token: “%1” (ID %2)\nNew token: “%3” (ID %4)")
                               .arg(DisplayText::isolated(m_old.description, 200), m_old.id,
                                    DisplayText::isolated(token.description, 200), token.id));
    m_replaceText->setAccessibleName(m_replaceText->text());
    showStep(Step::Secret);
    auto *secret = new TokenSecretDialog(token, accessToken, this);
    secret->setAttribute(Qt::WA_DeleteOnClose);
    // The secret window closes only once the user says it is stored.
    connect(secret, &QDialog::finished, this, [this] { showStep(Step::ReplaceOld); });
    secret->open();
}

void RotateTokenDialog::revokeOldToken() {
    if (!m_session || m_step != Step::ReplaceOld)
        return;
    // The server's latest copy as the list has it, else the one the rotation started from.
    const Token current = m_session->model()->tokenById(m_old.id).value_or(m_old);
    auto *dialog = new RevokeTokenDialog(m_session, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The revoke dialog accepts only once the server confirmed the revocation.
    connect(dialog, &QDialog::accepted, this, [this] {
        m_doneText->setText(
            tr("The old token “%1” (ID %2) is revoked. The new token (ID %3) "
               "replaces it.")
                .arg(DisplayText::isolated(m_old.description, 200), m_old.id, m_new.id));
        m_doneText->setAccessibleName(m_doneText->text());
        showStep(Step::Done);
    });
    dialog->open();
}
