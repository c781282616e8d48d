#include "TokenSecretDialog.h"

#include "DisplayText.h"
#include "Look.h"
#include "SecretClipboard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

TokenSecretDialog::TokenSecretDialog(const Token &token, const QString &accessToken,
                                     QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_stored(new QCheckBox(tr("I have stored this token somewhere safe"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_clearDelay(SecretClipboard::DefaultClearDelay) {
    setObjectName(QStringLiteral("tokenSecretDialog"));
    setWindowTitle(tr("Token created"));
    setMinimumWidth(560);

    auto *heading = new QLabel(tr("Database token created"), this);
    Look::makeHeading(heading);
    auto *description = new QLabel(this);
    description->setTextFormat(Qt::PlainText);
    description->setWordWrap(true);
    description->setText(tr("Description: %1").arg(DisplayText::isolated(token.description, 500)));
    auto *warning = new QLabel(tr("Copy the token secret now and store it in a safe place, such "
                                  "as a password manager or your system's secret store. It will "
                                  "not be shown again."),
                               this);
    warning->setWordWrap(true);
    Look::setTone(warning, Look::Tone::Error, true);

    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setAccessibleName(tr("Token secret"));
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setText(accessToken);
    // Every way out of the field goes through SecretClipboard (concealed, cleared after a
    // while): no context menu with its plain Copy, Ctrl+C taken over (see eventFilter), and
    // no selection, which X11 would hand to any program as the PRIMARY selection.
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    m_secret->setDragEnabled(false);
    m_secret->installEventFilter(this);
    connect(m_secret, &QLineEdit::selectionChanged, m_secret, &QLineEdit::deselect);
    connect(QGuiApplication::clipboard(), &QClipboard::selectionChanged, this, [this] {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (clipboard->ownsSelection() &&
            clipboard->text(QClipboard::Selection) == m_secret->text())
            clipboard->clear(QClipboard::Selection);
    });
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setAccessibleName(tr("Show the token secret"));
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setAccessibleName(tr("Copy the token secret"));
    m_copy->setAutoDefault(false);
    Look::setIcon(m_copy, QStringLiteral(":/icons/copy.svg"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(m_copy);

    auto *delay = new QLabel(tr("A new token can take a few seconds to a few minutes before it "
                                "works. Until then, writes and queries with it are refused with "
                                "401 Unauthorized: wait, then try again."),
                             this);
    delay->setWordWrap(true);
    auto *clipboardNote = new QLabel(tr("A copied secret is removed from the clipboard after "
                                        "30 seconds, or when Token Admin quits."),
                                     this);
    clipboardNote->setWordWrap(true);

    m_stored->setObjectName(QStringLiteral("storedCheckBox"));
    m_stored->setAccessibleName(m_stored->text());
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stored, 1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addWidget(warning);
    layout->addLayout(secretRow);
    layout->addWidget(clipboardNote);
    layout->addWidget(delay);
    layout->addLayout(buttons);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
        m_reveal->setAccessibleName(shown ? tr("Hide the token secret")
                                          : tr("Show the token secret"));
    });
    connect(m_copy, &QPushButton::clicked, this, &TokenSecretDialog::copySecret);
    connect(m_stored, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_copy->setFocus();
}

void TokenSecretDialog::copySecret() {
    SecretClipboard::copy(m_secret->text(), m_clearDelay);
}

bool TokenSecretDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_secret &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copySecret(); // instead of QLineEdit's plain copy
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

TokenSecretDialog::~TokenSecretDialog() {
    m_secret->clear();
}

void TokenSecretDialog::done(int result) {
    // Escape and the window's close button wait for the same promise as Close.
    if (!m_stored->isChecked())
        return;
    m_secret->clear();
    QDialog::done(result);
}
