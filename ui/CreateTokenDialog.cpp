#include "CreateTokenDialog.h"

#include "Look.h"
#include "PermissionEditor.h"
#include "TokenSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

constexpr int ChosenDate = 0; // the preset's data for "a chosen date"

// The local time zone as people know it, with its offset on that date: "Europe/Berlin,
// UTC+01:00" (UTC+02:00 on a summer date).
QString timeZoneText(const QDateTime &at) {
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const int offset = zone.offsetFromUtc(at);
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString id = QString::fromUtf8(zone.id());
    return id.isEmpty() || id == utc ? utc
                                     : QCoreApplication::translate("CreateTokenDialog", "%1, %2",
                                                                   "time zone, its UTC offset")
                                           .arg(id, utc);
}

} // namespace

CreateTokenDialog::CreateTokenDialog(TokenSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_description(new QLineEdit(this))
    , m_descriptionProblem(Look::problemLabel(this, QStringLiteral("descriptionProblem")))
    , m_expires(new QCheckBox(tr("This database token expires at the chosen time"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_expiryPreset(new QComboBox(this))
    , m_timeZone(new QLabel(this))
    , m_expiryProblem(Look::problemLabel(this, QStringLiteral("expiryProblem")))
    , m_permissions(new PermissionEditor(this))
    , m_noPermissions(new QCheckBox(
          tr("Create a token without permissions (it can do nothing until permissions are added)"),
          this))
    , m_permissionsProblem(Look::problemLabel(this, QStringLiteral("permissionsProblem")))
    , m_error(Look::problemLabel(this, QStringLiteral("errorLabel")))
    , m_busy(new QProgressBar(this))
    , m_create(new QPushButton(tr("Create Token"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("createTokenDialog"));
    // One name for the action, as the portal says it: menu, window title and heading.
    setWindowTitle(tr("Create Database Token"));
    setMinimumWidth(600);

    auto *heading = new QLabel(tr("Create Database Token"), this);
    heading->setObjectName(QStringLiteral("heading"));
    Look::makeHeading(heading);

    m_description->setObjectName(QStringLiteral("descriptionField"));
    m_description->setAccessibleName(tr("Token description"));
    m_description->setPlaceholderText(tr("What uses this token, e.g. \"Telegraf on edge-01\""));
    m_expires->setObjectName(QStringLiteral("expiresToggle"));
    m_expires->setAccessibleName(tr("Token expires"));
    m_expiry->setObjectName(QStringLiteral("expiryField"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setTimeSpec(Qt::LocalTime);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setDateTime(QDateTime(QDate::currentDate().addDays(30), QTime(0, 0)));
    m_expiry->setEnabled(false);
    m_expiryPreset->setObjectName(QStringLiteral("expiryPreset"));
    m_expiryPreset->setAccessibleName(tr("Expires in"));
    for (int days : {30, 90, 365})
        m_expiryPreset->addItem(tr("%1 days from now").arg(days), days);
    m_expiryPreset->addItem(tr("A chosen date"), ChosenDate);
    m_expiryPreset->setEnabled(false);
    m_timeZone->setObjectName(QStringLiteral("expiryTimeZone"));
    m_timeZone->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_noPermissions->setObjectName(QStringLiteral("noPermissionsConfirm"));
    m_noPermissions->setAccessibleName(tr("Create a token without permissions"));
    Look::setTone(m_noPermissions, Look::Tone::Warning);
    // The box says it; the editor's own note would say it twice.
    m_permissions->setNoPermissionsNoteShown(false);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *descriptionColumn = new QVBoxLayout;
    descriptionColumn->addWidget(m_description);
    descriptionColumn->addWidget(m_descriptionProblem);
    auto *descriptionLabel = new QLabel(tr("Token &description*"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, descriptionColumn);
    auto *expiryColumn = new QVBoxLayout;
    expiryColumn->addWidget(m_expires);
    auto *expiryLine = new QHBoxLayout;
    expiryLine->addWidget(m_expiryPreset);
    expiryLine->addWidget(m_expiry);
    expiryLine->addStretch(1);
    expiryColumn->addLayout(expiryLine);
    expiryColumn->addWidget(m_timeZone);
    expiryColumn->addWidget(m_expiryProblem);
    auto *expiryLabel = new QLabel(tr("&Expiration"), this);
    expiryLabel->setBuddy(m_expires);
    form->addRow(expiryLabel, expiryColumn);

    auto *permissionsTitle = new QLabel(tr("Permissions"), this);
    QFont bold = permissionsTitle->font();
    bold.setBold(true);
    permissionsTitle->setFont(bold);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(permissionsTitle);
    layout->addWidget(m_permissions);
    layout->addWidget(m_noPermissions);
    layout->addWidget(m_permissionsProblem);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_description, &QLineEdit::textEdited, this, [this] {
        m_descriptionTouched = true;
        updateState();
    });
    connect(m_expires, &QCheckBox::toggled, this, [this](bool on) {
        m_expiry->setEnabled(on);
        m_expiryPreset->setEnabled(on);
        updateState();
    });
    // A preset sets the date; a date set by hand is "a chosen date".
    connect(m_expiryPreset, &QComboBox::currentIndexChanged, this, [this] {
        const int days = m_expiryPreset->currentData().toInt();
        if (days == ChosenDate)
            return;
        const QDateTime now = QDateTime::currentDateTime();
        m_settingPreset = true;
        m_expiry->setDateTime(
            QDateTime(now.date().addDays(days), QTime(now.time().hour(), now.time().minute())));
        m_settingPreset = false;
    });
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingPreset)
            m_expiryPreset->setCurrentIndex(m_expiryPreset->findData(ChosenDate));
        updateState();
    });
    connect(m_permissions, &PermissionEditor::changed, this, &CreateTokenDialog::updateState);
    connect(m_noPermissions, &QCheckBox::toggled, this, &CreateTokenDialog::updateState);
    connect(m_create, &QPushButton::clicked, this, &CreateTokenDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (m_session) {
        connect(m_session, &TokenSession::createFinished, this,
                [this](const Token &, const QString &, const ApiError &error) {
                    onCreateFinished(error);
                });
        m_permissions->loadDatabases(m_session);
    }
    m_expiryPreset->setCurrentIndex(-1);
    m_expiryPreset->setCurrentIndex(0); // 30 days from now
    m_permissions->addBlankRow();       // as the portal starts: one permission to fill in
    m_description->setFocus();
    updateState();
}

NewToken CreateTokenDialog::request() const {
    NewToken request;
    request.description = m_description->text().trimmed();
    request.permissions = m_permissions->permissions();
    if (m_expires->isChecked())
        request.expiresAt = m_expiry->dateTime().toUTC();
    return request;
}

QString CreateTokenDialog::problem() const {
    if (m_description->text().trimmed().isEmpty())
        return tr("A token description is required.");
    if (m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime())
        return tr("The expiration must be in the future.");
    QString permissionProblem;
    if (!m_permissions->validate(&permissionProblem))
        return permissionProblem;
    if (m_permissions->isEmpty() && !m_noPermissions->isChecked())
        return noPermissionsProblem();
    return {};
}

QString CreateTokenDialog::noPermissionsProblem() {
    return tr("Choose a database for the permission, or tick “Create a token without "
              "permissions”.");
}

void CreateTokenDialog::updateState() {
    const QString zone = timeZoneText(m_expiry->dateTime());
    m_timeZone->setText(tr("Time zone: %1").arg(zone));
    m_expiry->setAccessibleName(tr("Expiration date and time (%1)").arg(zone));
    const bool descriptionMissing = m_description->text().trimmed().isEmpty();
    m_descriptionProblem->setText(tr("A token description is required."));
    m_descriptionProblem->setVisible(descriptionMissing && m_descriptionTouched);
    const bool expiryPast =
        m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime();
    m_expiryProblem->setText(tr("The expiration must be in the future."));
    m_expiryProblem->setVisible(expiryPast);
    // Unticked whenever it is hidden: a token left without permissions later asks again.
    const bool noPermissions = m_permissions->isEmpty();
    if (!noPermissions)
        m_noPermissions->setChecked(false);
    m_noPermissions->setVisible(noPermissions);
    m_noPermissions->setEnabled(!m_sending);
    if (problem() != noPermissionsProblem())
        m_permissionsProblem->hide();
    // The button says what it will do.
    const QString createText = noPermissions && m_noPermissions->isChecked()
                                   ? tr("Create Token Without Permissions")
                                   : tr("Create Token");
    m_create->setText(createText);
    m_create->setAccessibleName(createText);
    m_create->setEnabled(!m_sending && m_session && problem().isEmpty());
    m_create->setToolTip(problem());
    m_busy->setVisible(m_sending);
    m_cancel->setEnabled(!m_sending);
}

void CreateTokenDialog::keyPressEvent(QKeyEvent *event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !m_create->isEnabled() && !m_sending) {
        event->accept();
        submit(); // sends nothing while the form has a problem: shows it
        return;
    }
    QDialog::keyPressEvent(event);
}

void CreateTokenDialog::reject() {
    if (m_sending)
        return;
    QDialog::reject();
}

void CreateTokenDialog::submit() {
    if (m_sending || !m_session)
        return;
    // Time has passed since the form was last checked: an expiry can have become past. Judge
    // again, and say at the field what is wrong rather than doing nothing.
    m_descriptionTouched = true;
    updateState();
    if (!problem().isEmpty()) {
        if (m_expiryProblem->isVisible()) {
            m_expiry->setFocus(Qt::OtherFocusReason);
            Look::announce(m_expiryProblem);
        } else if (m_descriptionProblem->isVisible()) {
            m_description->setFocus(Qt::OtherFocusReason);
            Look::announce(m_descriptionProblem);
        } else if (problem() == noPermissionsProblem()) {
            if (!m_permissions->focusFirstRow())
                m_noPermissions->setFocus(Qt::OtherFocusReason);
            Look::showProblem(m_permissionsProblem, noPermissionsProblem());
        }
        return;
    }
    m_sending = true;
    m_error->hide();
    updateState();
    m_session->create(request());
}

void CreateTokenDialog::onCreateFinished(const ApiError &error) {
    if (!m_sending)
        return;
    m_sending = false;
    if (!error.isError()) {
        accept();
        return;
    }
    updateState();
    if (error.outcomeUnknown()) {
        Look::showProblem(m_error,
                          tr("The server did not confirm, so the token may or may not have been "
                             "created. The list is being refreshed: check it before trying "
                             "again. %1")
                              .arg(errorText(error)));
        // Not Create: the token may exist already, and Enter would make a second one.
        m_cancel->setFocus(Qt::OtherFocusReason);
    } else {
        Look::showProblem(m_error, tr("The token was not created. %1").arg(errorText(error)));
        (m_create->isEnabled() ? m_create : m_cancel)->setFocus(Qt::OtherFocusReason);
    }
}
