#include "ConnectionManagerDialog.h"

#include "ConnectionController.h"
#include "Look.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
const QString SandboxItemId = QStringLiteral("sandbox:");

// A path as people write it: ~/.config/influxctl/config.toml rather than the whole home folder.
QString shownPath(const QString &path) {
    const QString home = QDir::homePath();
    if (home.size() > 1 && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}
} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(ConnectionController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_connections(controller->connections())
    , m_profileFile(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_source(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_product(new QComboBox(this))
    , m_apiUrl(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_cluster(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browseCaFile(new QPushButton(tr("&Browse…"), this))
    , m_production(new QCheckBox(tr("This is a &production cluster"), this))
    , m_token(new QLineEdit(this))
    , m_signInRow(new QWidget(this))
    , m_signInState(new QLabel(m_signInRow))
    , m_signIn(new QPushButton(tr("&Sign in"), m_signInRow))
    , m_signOut(new QPushButton(tr("Sign o&ut"), m_signInRow))
    , m_remember(new QCheckBox(tr("Remember in &keychain"), this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("connectionManagerDialog"));
    setWindowTitle(tr("Connections"));
    setMinimumSize(820, 480);

    m_profileFile->setObjectName(QStringLiteral("profileFileLabel"));
    m_profileFile->setTextFormat(Qt::PlainText);
    m_profileFile->setWordWrap(true);
    m_profileFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const InfluxctlConfig &config = controller->influxctlConfig();
    if (!config.ok()) {
        m_profileFile->setText(
            tr("influxctl's profiles could not be read: %1").arg(config.errorText()));
        Look::makeError(m_profileFile);
    } else if (!config.exists) {
        m_profileFile->setText(
            tr("No influxctl profiles: %1 does not exist.").arg(shownPath(config.path)));
    } else {
        QString text = tr("%n influxctl profile(s) from %1, read-only: change them with influxctl "
                          "or an editor.",
                          nullptr, int(config.profiles.size()))
                           .arg(shownPath(config.path));
        if (!config.warnings.isEmpty())
            text += QLatin1Char('\n') + config.warnings.join(QLatin1Char('\n'));
        m_profileFile->setText(text);
    }

    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setMinimumWidth(300);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_new->setObjectName(QStringLiteral("newConnectionButton"));
    m_new->setAccessibleName(tr("New connection"));
    m_duplicate->setObjectName(QStringLiteral("duplicateConnectionButton"));
    m_duplicate->setAccessibleName(tr("Duplicate connection"));
    m_remove->setObjectName(QStringLiteral("removeConnectionButton"));
    m_remove->setAccessibleName(tr("Remove connection"));

    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setAccessibleName(tr("Name"));
    m_product->setObjectName(QStringLiteral("productCombo"));
    m_product->setAccessibleName(tr("Product"));
    m_product->addItem(tr("InfluxDB 3 Cloud Dedicated"), productKey(Product::Dedicated));
    m_product->addItem(tr("InfluxDB 3 Clustered"), productKey(Product::Clustered));
    m_apiUrl->setObjectName(QStringLiteral("apiUrlField"));
    m_apiUrl->setAccessibleName(tr("API URL"));
    m_account->setObjectName(QStringLiteral("accountField"));
    m_account->setAccessibleName(tr("Account ID"));
    m_account->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    m_cluster->setObjectName(QStringLiteral("clusterField"));
    m_cluster->setAccessibleName(tr("Cluster ID"));
    m_cluster->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    m_caFile->setObjectName(QStringLiteral("caFileField"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_caFile->setToolTip(tr("A PEM file of the certificate authority that signed the server's "
                            "certificate, trusted for this connection only (tls.ca in an "
                            "influxctl profile). Leave empty to trust the system's."));
    m_browseCaFile->setObjectName(QStringLiteral("browseCaFileButton"));
    m_browseCaFile->setAccessibleName(tr("Choose the certificate authority file"));
    m_production->setObjectName(QStringLiteral("productionCheckBox"));
    m_production->setAccessibleName(tr("Production cluster"));
    m_production->setToolTip(tr("Shows a red band while connected, and revoking asks you to "
                                "type the token's description"));
    m_token->setObjectName(QStringLiteral("managementTokenField"));
    m_token->setAccessibleName(tr("Management token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_signInState->setObjectName(QStringLiteral("signInStateLabel"));
    m_signInState->setTextFormat(Qt::PlainText);
    m_signInState->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOut->setToolTip(tr("Forget this sign-in, and the refresh token in the keychain"));
    auto *signInLayout = new QHBoxLayout(m_signInRow);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addWidget(m_signInState, 1);
    signInLayout->addWidget(m_signIn);
    signInLayout->addWidget(m_signOut);
    m_remember->setObjectName(QStringLiteral("rememberTokenCheckBox"));
    m_remember->setAccessibleName(tr("Remember in keychain"));
    m_remember->setToolTip(tr("Keep the management token in the desktop's keychain. Without it, "
                              "the token is kept in memory until Token Admin quits."));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    Look::makeError(m_problem);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(m_source);
    form->addRow(tr("N&ame"), m_name);
    form->addRow(tr("&Product"), m_product);
    form->addRow(tr("API &URL"), m_apiUrl);
    form->addRow(tr("A&ccount ID"), m_account);
    form->addRow(tr("C&luster ID"), m_cluster);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCaFile);
    form->addRow(tr("Certificate au&thority"), caRow);
    if (auto *caLabel = qobject_cast<QLabel *>(form->labelForField(caRow)))
        caLabel->setBuddy(m_caFile); // a row of two widgets gets no buddy by itself
    form->addRow(QString(), m_production);
    form->addRow(tr("&Management token"), m_token);
    form->addRow(tr("Sign-in"), m_signInRow);
    form->addRow(QString(), m_remember);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_problem);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(12);
    columns->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(this);
    m_sandbox = buttons->addButton(tr("Try the &sandbox"), QDialogButtonBox::ActionRole);
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setAccessibleName(tr("Try the sandbox"));
    m_sandbox->setToolTip(tr("Start a local practice server with sample tokens"));
    m_save = buttons->addButton(tr("Sa&ve"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveConnectionsButton"));
    m_save->setAccessibleName(tr("Save connections"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_profileFile);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionManagerDialog::showCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ConnectionManagerDialog::submit);
    connect(m_new, &QPushButton::clicked, this, [this] { addConnection(Connection()); });
    connect(m_duplicate, &QPushButton::clicked, this,
            &ConnectionManagerDialog::duplicateConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionManagerDialog::removeConnection);
    connect(m_browseCaFile, &QPushButton::clicked, this, &ConnectionManagerDialog::chooseCaFile);
    for (QLineEdit *field : {m_name, m_apiUrl, m_account, m_cluster, m_caFile})
        connect(field, &QLineEdit::textEdited, this, &ConnectionManagerDialog::formEdited);
    connect(m_product, &QComboBox::activated, this, &ConnectionManagerDialog::formEdited);
    connect(m_production, &QCheckBox::toggled, this, &ConnectionManagerDialog::formEdited);
    connect(m_remember, &QCheckBox::toggled, this, &ConnectionManagerDialog::formEdited);
    connect(m_token, &QLineEdit::textChanged, this, &ConnectionManagerDialog::updateState);
    // Signing in opens the connection as Connect does: the sign-in dialog comes next.
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionManagerDialog::submit);
    connect(m_signOut, &QPushButton::clicked, this, &ConnectionManagerDialog::signOut);
    connect(m_save, &QPushButton::clicked, this, &ConnectionManagerDialog::save);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionManagerDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        Q_EMIT sandboxRequested();
        accept();
    });

    fillList();
    Look::followPalette(m_list, [this] { colourItems(); });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showCurrent();
}

bool ConnectionManagerDialog::isSandboxCurrent() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(IdRole).toString() == SandboxItemId;
}

void ConnectionManagerDialog::showLiveSandbox(const QString &name) {
    m_liveSandbox = name;
    fillList();
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

int ConnectionManagerDialog::currentIndex() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_connections.size() ? row : -1;
}

QString ConnectionManagerDialog::itemText(const Connection &connection) const {
    QString detail;
    if (connection.product == Product::Clustered)
        detail = tr("Clustered · %1").arg(connection.apiUrl.host());
    else
        detail = tr("Dedicated · cluster %1").arg(connection.clusterId.left(8));
    if (connection.isReadOnly())
        detail = tr("influxctl profile · %1").arg(detail);
    if (connection.usesSignIn())
        detail = tr("%1 · signs in through %2").arg(detail, connection.oauth2.providerHost());
    QString title = connection.name;
    if (connection.production)
        title = tr("%1  — PRODUCTION").arg(title);
    if (!connection.problem.isEmpty())
        title = tr("%1  (cannot be used)").arg(title);
    return title + QLatin1Char('\n') + detail;
}

void ConnectionManagerDialog::fillList() {
    m_filling = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Connection &connection : std::as_const(m_connections)) {
        auto *item = new QListWidgetItem(itemText(connection), m_list);
        item->setData(IdRole, connection.id);
        if (!connection.problem.isEmpty())
            item->setToolTip(connection.problem);
    }
    if (!m_liveSandbox.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("%1\nRunning on this computer · sample data").arg(m_liveSandbox), m_list);
        item->setData(IdRole, SandboxItemId);
        item->setIcon(QIcon(QStringLiteral(":/icons/token-admin.svg")));
    }
    colourItems();
    m_filling = false;
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void ConnectionManagerDialog::colourItems() {
    const QPalette &palette = m_list->palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor production = Look::toneColour(Look::Tone::Error, palette, QPalette::Base);
    const QColor unusable = Look::toneColour(Look::Tone::Muted, palette, QPalette::Base);
    for (int row = 0; row < m_list->count() && row < m_connections.size(); ++row) {
        const Connection &connection = m_connections.at(row);
        QListWidgetItem *item = m_list->item(row);
        item->setIcon(Look::tintedIcon(connection.isReadOnly()
                                           ? QStringLiteral(":/icons/details.svg")
                                           : QStringLiteral(":/icons/edit.svg"),
                                       text, palette.color(QPalette::HighlightedText)));
        if (!connection.problem.isEmpty())
            item->setForeground(unusable);
        else if (connection.production)
            item->setForeground(production);
        else
            item->setData(Qt::ForegroundRole, QVariant());
    }
}

void ConnectionManagerDialog::selectConnection(const QString &connectionId) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(IdRole).toString() == connectionId)
            m_list->setCurrentRow(row);
}

void ConnectionManagerDialog::askForToken(const QString &connectionId, const QString &reason) {
    selectConnection(connectionId);
    m_token->clear();
    showProblem(reason);
    m_token->setFocus(Qt::OtherFocusReason);
}

void ConnectionManagerDialog::showProblem(const QString &text) {
    m_reason = text;
    updateState();
    // Said from outside (a refused token, a failed open): a screen reader says it at once.
    if (!m_problem->text().isEmpty())
        Look::announce(m_problem);
}

void ConnectionManagerDialog::showCurrent() {
    if (m_filling)
        return;
    const int index = currentIndex();
    const bool any = index >= 0;
    const Connection connection = any ? m_connections.at(index) : Connection();
    const bool readOnly = connection.isReadOnly();
    m_reason.clear();
    m_filling = true;
    m_name->setText(connection.name);
    m_product->setCurrentIndex(connection.product == Product::Clustered ? 1 : 0);
    m_apiUrl->setText(connection.apiUrl.toString());
    m_account->setText(connection.accountId);
    m_cluster->setText(connection.clusterId);
    m_caFile->setText(connection.caFile);
    m_production->setChecked(connection.production);
    m_remember->setChecked(connection.rememberToken);
    m_token->clear();
    m_filling = false;

    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_product),
                           static_cast<QWidget *>(m_apiUrl), static_cast<QWidget *>(m_caFile),
                           static_cast<QWidget *>(m_browseCaFile)})
        field->setEnabled(any && !readOnly);
    m_production->setEnabled(any);
    // A profile's own mgmt_token is used as it is; any other token may be kept.
    m_remember->setEnabled(any && !connection.hasProfileToken());
    using TokenSource = ConnectionController::TokenSource;
    const TokenSource source = m_controller->tokenSource(connection);
    // A profile's mgmt_token is not shown or changed; once refused, one can be typed instead.
    m_token->setEnabled(any && (!connection.hasProfileToken() || source == TokenSource::Refused ||
                                source == TokenSource::Memory));
    if (!any)
        m_token->setPlaceholderText(QString());
    else if (source == TokenSource::Profile)
        m_token->setPlaceholderText(tr("From the profile's mgmt_token"));
    else if (source == TokenSource::Memory)
        m_token->setPlaceholderText(tr("Known until Token Admin quits; type to replace it"));
    else if (source == TokenSource::Keychain)
        m_token->setPlaceholderText(tr("From the keychain; type to replace it"));
    else if (source == TokenSource::Refused)
        m_token->setPlaceholderText(tr("Refused by the server: type a new one"));
    else
        m_token->setPlaceholderText(tr("Kept in memory until Token Admin quits"));

    // A profile with [profile.auth.oauth2] signs in through its identity provider instead.
    const bool signsIn = any && connection.usesSignIn();
    m_form->setRowVisible(m_token, !signsIn);
    m_form->setRowVisible(m_signInRow, signsIn);
    if (signsIn) {
        const bool signedIn = m_controller->isSignedIn(connection.id);
        const QString provider = connection.oauth2.providerHost();
        m_signInState->setText(signedIn ? tr("Signed in through %1").arg(provider)
                                        : tr("Not signed in · %1").arg(provider));
        m_signIn->setText(signedIn ? tr("&Connect") : tr("&Sign in"));
        m_signIn->setAccessibleName(signedIn ? tr("Connect") : tr("Sign in"));
        m_signOut->setEnabled(signedIn || connection.rememberToken);
        m_remember->setText(tr("Stay &signed in"));
        m_remember->setAccessibleName(tr("Stay signed in"));
        m_remember->setToolTip(tr("Keep the sign-in's refresh token in the desktop's keychain, "
                                  "so the next start needs no browser. Off: the sign-in lasts "
                                  "until Token Admin quits."));
    } else {
        m_remember->setText(tr("Remember in &keychain"));
        m_remember->setAccessibleName(tr("Remember in keychain"));
        m_remember->setToolTip(tr("Keep the management token in the desktop's keychain. "
                                  "Without it, the token is kept in memory until Token Admin "
                                  "quits."));
    }

    if (readOnly) {
        QString text =
            tr("influxctl profile “%1” from %2. Token Admin reads it and never "
               "changes the file; only the production mark and the keychain choice are kept here.")
                .arg(connection.name, shownPath(m_controller->influxctlConfig().path));
        if (connection.tlsInsecure)
            text += QLatin1Char('\n') + tr("tls.insecure is set: certificates are not checked.");
        if (signsIn)
            text += QLatin1Char('\n') +
                    tr("Signs in through the identity provider %1 ([profile.auth.oauth2]), as "
                       "influxctl does: no management token to type.")
                        .arg(connection.oauth2.providerHost());
        m_source->setText(text);
    } else if (isSandboxCurrent()) {
        m_source->setText(tr("The sandbox: sample data on this computer; nothing here touches a "
                             "real cluster. It runs until Token Admin quits."));
    } else {
        m_source->setText(any ? tr("Saved in Token Admin's settings (never the token).")
                              : tr("No connections yet: add one with New, or try the sandbox."));
    }
    const ConnectionOverrides overrides = m_controller->overrides(connection.id);
    if (any && connection.product == Product::Dedicated && !overrides.isEmpty()) {
        QStringList ids;
        if (!overrides.accountId.isEmpty())
            ids.append(tr("account %1 (--account)").arg(overrides.accountId));
        if (!overrides.clusterId.isEmpty())
            ids.append(tr("cluster %1 (--cluster)").arg(overrides.clusterId));
        m_source->setText(m_source->text() + QLatin1Char('\n') +
                          tr("Until Token Admin quits, the command line's IDs are used instead: "
                             "%1.")
                              .arg(ids.join(QStringLiteral(", "))));
    }
    m_duplicate->setEnabled(any);
    m_remove->setEnabled(any && !readOnly);
    updateState();
}

void ConnectionManagerDialog::formEdited() {
    if (m_filling)
        return;
    const int index = currentIndex();
    if (index < 0)
        return;
    Connection &connection = m_connections[index];
    connection.production = m_production->isChecked();
    connection.rememberToken = m_remember->isChecked() && !connection.hasProfileToken();
    if (!connection.isReadOnly()) {
        connection.name = m_name->text().trimmed();
        productFromKey(m_product->currentData().toString(), &connection.product);
        connection.apiUrl = QUrl(m_apiUrl->text().trimmed());
        connection.accountId = m_account->text().trimmed();
        connection.clusterId = m_cluster->text().trimmed();
        connection.caFile = m_caFile->text().trimmed();
    }
    m_dirty = true;
    m_list->item(index)->setText(itemText(connection));
    colourItems();
    updateState();
}

Connection ConnectionManagerDialog::currentConnection() const {
    const int index = currentIndex();
    return index >= 0 ? m_connections.at(index) : Connection();
}

void ConnectionManagerDialog::updateState() {
    const int index = currentIndex();
    const bool dedicated = m_product->currentData().toString() == productKey(Product::Dedicated);
    const bool editable = index >= 0 && !m_connections.at(index).isReadOnly();
    m_account->setEnabled(editable && dedicated);
    m_cluster->setEnabled(editable && dedicated);
    QString problem;
    const bool usable = index >= 0 && validateConnection(m_connections.at(index), &problem);
    const bool tokenKnown =
        usable && (!m_token->text().trimmed().isEmpty() || m_connections.at(index).usesSignIn() ||
                   m_controller->canOpenWithoutTyping(m_connections.at(index)));
    const bool valid = usable && tokenKnown;
    // What is wrong with the form first; then a reason given from outside (a refused token,
    // a failed open); then a missing token.
    if (!usable && index >= 0)
        m_problem->setText(problem);
    else if (!m_reason.isEmpty())
        m_problem->setText(m_reason);
    else
        m_problem->setText(usable && !tokenKnown ? tr("Enter a management token.") : QString());
    m_connect->setEnabled(valid || isSandboxCurrent());
    m_save->setEnabled(m_dirty);
}

void ConnectionManagerDialog::addConnection(const Connection &prefill, const QString &tokenReason) {
    Connection connection = prefill;
    connection.id = newSavedConnectionId();
    connection.source = Connection::Source::Saved;
    if (connection.name.isEmpty())
        connection.name = tr("New connection");
    if (connection.apiUrl.isEmpty())
        connection.apiUrl = QUrl(DefaultDedicatedApiUrl);
    m_connections.append(connection);
    m_dirty = true;
    fillList();
    m_list->setCurrentRow(int(m_connections.size()) - 1);
    if (!tokenReason.isEmpty()) {
        askForToken(connection.id, tokenReason);
        return;
    }
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ConnectionManagerDialog::chooseCaFile() {
    auto *picker = new QFileDialog(this, tr("Certificate authority"), m_caFile->text());
    picker->setObjectName(QStringLiteral("caFileDialog"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caFile->setText(file);
        formEdited();
    });
    picker->open();
}

void ConnectionManagerDialog::duplicateConnection() {
    const int index = currentIndex();
    if (index < 0)
        return;
    Connection copy = m_connections.at(index);
    copy.id = newSavedConnectionId();
    copy.name = tr("Copy of %1").arg(copy.name);
    copy.source = Connection::Source::Saved;
    // A profile's secret, client certificate and tls.insecure stay with the profile; the
    // certificate authority it trusts comes along, or the copy could not connect.
    copy.profileToken.clear();
    copy.clientCertFile.clear();
    copy.clientKeyFile.clear();
    copy.tlsInsecure = false;
    copy.rememberToken = false;
    copy.problem.clear();
    m_connections.insert(index + 1, copy);
    m_dirty = true;
    fillList();
    m_list->setCurrentRow(index + 1);
}

void ConnectionManagerDialog::removeConnection() {
    const int index = currentIndex();
    if (index < 0 || m_connections.at(index).isReadOnly())
        return;
    m_connections.removeAt(index);
    m_dirty = true;
    fillList();
    m_list->setCurrentRow(std::min(index, int(m_connections.size()) - 1));
    showCurrent();
}

void ConnectionManagerDialog::save() {
    if (!m_dirty)
        return;
    const QString current = currentConnection().id;
    m_controller->saveConnections(m_connections);
    m_connections = m_controller->connections();
    m_dirty = false;
    fillList();
    selectConnection(current);
    updateState();
}

void ConnectionManagerDialog::signOut() {
    const QString id = currentConnection().id;
    m_controller->signOut(id);
    showCurrent();
}

void ConnectionManagerDialog::submit() {
    if (isSandboxCurrent()) {
        accept();
        Q_EMIT sandboxRequested();
        return;
    }
    updateState();
    if (!m_connect->isEnabled())
        return;
    const QString id = currentConnection().id;
    const QString token = m_token->text().trimmed();
    save();
    const Connection *chosen = m_controller->find(id);
    if (!chosen)
        return;
    const Connection connection = *chosen;
    // Closed first: whatever opening says next (a problem, a question) needs a manager anew.
    accept();
    Q_EMIT connectRequested(connection, token);
}
