#include "SignInDialog.h"

#include "Look.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>

SignInDialog::SignInDialog(DeviceAuthorization *authorization, const QString &connectionName,
                           const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_authorization(authorization)
    , m_connectionName(connectionName)
    , m_intro(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy code"), this))
    , m_address(new QLabel(this))
    , m_completeLink(new QLabel(this))
    , m_openBrowser(new QPushButton(tr("&Open browser"), this))
    , m_countdown(new QLabel(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("signInDialog"));
    const QString provider = authorization->settings().providerHost();
    setWindowTitle(tr("Sign in to %1").arg(connectionName));
    setMinimumWidth(520);

    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("%1 signs in through %2. Open its page in your browser, enter the code "
                        "below and approve the sign-in; this window follows by itself.")
                         .arg(connectionName, provider));
    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setText(reason);
    Look::makeError(m_reason);
    m_reason->setVisible(!reason.isEmpty());

    // The code is a value: a read-only field, named by its caption, large and selectable.
    m_code->setObjectName(QStringLiteral("userCodeField"));
    m_code->setAccessibleName(tr("Code to enter"));
    m_code->setReadOnly(true);
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.2);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setMinimumHeight(m_code->fontMetrics().height() + 16);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_copy->setAccessibleName(tr("Copy code"));
    m_address->setObjectName(QStringLiteral("verificationAddress"));
    m_address->setTextFormat(Qt::RichText);
    m_address->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_address->setOpenExternalLinks(true);
    m_address->setWordWrap(true);
    m_completeLink->setObjectName(QStringLiteral("verificationCompleteLink"));
    m_completeLink->setTextFormat(Qt::RichText);
    m_completeLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_completeLink->setOpenExternalLinks(true);
    m_openBrowser->setObjectName(QStringLiteral("openBrowserButton"));
    m_openBrowser->setAccessibleName(tr("Open browser"));
    m_countdown->setObjectName(QStringLiteral("codeCountdown"));
    m_countdown->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copy);
    auto *codeCaption = new QLabel(tr("Co&de to enter at the provider's page:"), this);
    codeCaption->setBuddy(m_code);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retrySignInButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAccessibleName(tr("Cancel sign-in"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(codeCaption);
    layout->addLayout(codeRow);
    layout->addWidget(m_address);
    layout->addWidget(m_completeLink);
    layout->addWidget(m_openBrowser, 0, Qt::AlignLeft);
    layout->addWidget(m_countdown);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_countdownTimer.setInterval(std::chrono::seconds(1));
    connect(&m_countdownTimer, &QTimer::timeout, this, &SignInDialog::tick);
    connect(m_copy, &QPushButton::clicked, this, &SignInDialog::copyCode);
    connect(m_openBrowser, &QPushButton::clicked, this, &SignInDialog::openBrowser);
    connect(m_retry, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // However the dialog closes before the sign-in succeeded, polling stops at once.
    connect(this, &QDialog::rejected, this, [this] {
        m_countdownTimer.stop();
        if (m_authorization)
            m_authorization->cancel();
    });
    connect(authorization, &DeviceAuthorization::promptReady, this, &SignInDialog::showPrompt);
    connect(authorization, &DeviceAuthorization::failed, this,
            [this](DeviceAuthorization::Failure, const QString &message) { showFailure(message); });
    connect(authorization, &DeviceAuthorization::signInNeeded, this, &SignInDialog::showFailure);
    connect(authorization, &DeviceAuthorization::signedIn, this, [this] {
        m_countdownTimer.stop();
        accept();
    });
}

void SignInDialog::startSignIn() {
    if (!m_authorization)
        return;
    m_retry->hide();
    m_code->clear();
    m_address->clear();
    m_completeLink->clear();
    m_countdown->clear();
    m_copy->setEnabled(false);
    m_openBrowser->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Asking %1 for a code…").arg(m_authorization->settings().providerHost()));
    m_authorization->start();
}

void SignInDialog::showPrompt(const DeviceAuthorization::Prompt &prompt) {
    m_code->setText(prompt.userCode);
    m_copy->setEnabled(true);
    m_openBrowser->setEnabled(true);
    showLinks(prompt);
    m_expiry = QDeadlineTimer(prompt.expiresIn);
    m_countdownTimer.start();
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Waiting for you to approve the sign-in at %1…")
            .arg(m_authorization ? m_authorization->settings().providerHost() : QString()));
    tick();
    m_code->setFocus(Qt::OtherFocusReason);
    m_code->deselect();
}

void SignInDialog::showLinks(const DeviceAuthorization::Prompt &prompt) {
    // Rich text takes the application's link colour, not this dialog's: the palette's is named.
    const QString link = QStringLiteral("<a style=\"color: %1\" href=\"%2\">%3</a>");
    const QString colour = palette().color(QPalette::Link).name();
    const QString address = prompt.verificationUri.toString();
    m_address->setText(
        tr("Enter it at %1")
            .arg(link.arg(colour, address.toHtmlEscaped(), address.toHtmlEscaped())));
    m_address->setAccessibleName(tr("Enter it at %1").arg(address));
    if (prompt.verificationUriComplete.isEmpty()) {
        m_completeLink->hide();
    } else {
        m_completeLink->setText(tr("or %1").arg(
            link.arg(colour, prompt.verificationUriComplete.toString().toHtmlEscaped(),
                     tr("open the page with the code filled in").toHtmlEscaped())));
        m_completeLink->setAccessibleName(tr("Open the page with the code filled in"));
        m_completeLink->show();
    }
}

void SignInDialog::changeEvent(QEvent *event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_authorization && !m_code->text().isEmpty())
        showLinks(m_authorization->prompt());
}

void SignInDialog::showFailure(const QString &message) {
    m_countdownTimer.stop();
    m_countdown->clear();
    m_copy->setEnabled(false);
    m_openBrowser->setEnabled(false);
    m_status->setText(message);
    Look::makeError(m_status);
    m_retry->show();
    QAccessibleEvent event(m_status, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void SignInDialog::tick() {
    const qint64 left = std::max<qint64>(0, m_expiry.remainingTime() / 1000);
    m_countdown->setText(
        tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    if (left == 0)
        m_countdownTimer.stop();
}

void SignInDialog::copyCode() {
    // A user code is no secret: it is useless without the person approving it.
    QApplication::clipboard()->setText(m_code->text());
}

void SignInDialog::openBrowser() {
    if (!m_authorization)
        return;
    const DeviceAuthorization::Prompt &prompt = m_authorization->prompt();
    QDesktopServices::openUrl(prompt.verificationUriComplete.isEmpty()
                                  ? prompt.verificationUri
                                  : prompt.verificationUriComplete);
}
