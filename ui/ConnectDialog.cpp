#include "ConnectDialog.h"

#include "Look.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString ProductKey = QStringLiteral("connection/product");
const QString ApiUrlKey = QStringLiteral("connection/apiUrl");
const QString AccountKey = QStringLiteral("connection/accountId");
const QString ClusterKey = QStringLiteral("connection/clusterId");
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_product(new QComboBox(this))
    , m_apiUrl(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_cluster(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a cluster"));
    setMinimumWidth(520);

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
    m_token->setObjectName(QStringLiteral("managementTokenField"));
    m_token->setAccessibleName(tr("Management token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Kept in memory only"));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    Look::makeError(m_problem);

    auto *intro = new QLabel(tr("Token Admin manages the database tokens of one cluster through "
                                "its Management API."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Product"), m_product);
    form->addRow(tr("API &URL"), m_apiUrl);
    form->addRow(tr("&Account ID"), m_account);
    form->addRow(tr("C&luster ID"), m_cluster);
    form->addRow(tr("&Management token"), m_token);

    auto *buttons = new QDialogButtonBox(this);
    m_sandbox = buttons->addButton(tr("Try the &sandbox"), QDialogButtonBox::ActionRole);
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setAccessibleName(tr("Try the sandbox"));
    m_sandbox->setToolTip(tr("Start a local practice server with sample tokens"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    QSettings settings;
    Product product = Product::Dedicated;
    productFromKey(settings.value(ProductKey).toString(), &product);
    m_product->setCurrentIndex(product == Product::Clustered ? 1 : 0);
    m_apiUrl->setText(settings.value(ApiUrlKey, DefaultDedicatedApiUrl).toString());
    m_account->setText(settings.value(AccountKey).toString());
    m_cluster->setText(settings.value(ClusterKey).toString());

    connect(m_product, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    for (QLineEdit *field : {m_apiUrl, m_account, m_cluster, m_token})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        Q_EMIT sandboxRequested();
        accept();
    });
    updateState();
}

void ConnectDialog::setEndpoint(const Endpoint &endpoint) {
    m_product->setCurrentIndex(endpoint.product == Product::Clustered ? 1 : 0);
    if (!endpoint.apiUrl.isEmpty())
        m_apiUrl->setText(endpoint.apiUrl.toString());
    if (!endpoint.accountId.isEmpty())
        m_account->setText(endpoint.accountId);
    if (!endpoint.clusterId.isEmpty())
        m_cluster->setText(endpoint.clusterId);
    m_token->setText(endpoint.managementToken);
}

Endpoint ConnectDialog::endpoint() const {
    Endpoint endpoint;
    productFromKey(m_product->currentData().toString(), &endpoint.product);
    endpoint.apiUrl = QUrl(m_apiUrl->text().trimmed());
    if (endpoint.product == Product::Dedicated) {
        endpoint.accountId = m_account->text().trimmed();
        endpoint.clusterId = m_cluster->text().trimmed();
    }
    endpoint.managementToken = m_token->text().trimmed();
    return endpoint;
}

bool ConnectDialog::validate(QString *problem) const {
    const Endpoint candidate = endpoint();
    if (!isAcceptableApiUrl(candidate.apiUrl, problem))
        return false;
    if (candidate.product == Product::Dedicated) {
        if (!isUuid(candidate.accountId)) {
            *problem = tr("The account ID must be a UUID (8-4-4-4-12 hexadecimal digits).");
            return false;
        }
        if (!isUuid(candidate.clusterId)) {
            *problem = tr("The cluster ID must be a UUID (8-4-4-4-12 hexadecimal digits).");
            return false;
        }
    }
    if (candidate.managementToken.isEmpty()) {
        *problem = tr("Enter a management token.");
        return false;
    }
    return true;
}

void ConnectDialog::updateState() {
    const bool dedicated = m_product->currentData().toString() == productKey(Product::Dedicated);
    m_account->setEnabled(dedicated);
    m_cluster->setEnabled(dedicated);
    QString problem;
    const bool valid = validate(&problem);
    // Say what is wrong only once the user has typed something.
    const bool started = !m_token->text().isEmpty() || !m_account->text().isEmpty();
    m_problem->setText(valid || !started ? QString() : problem);
    m_connect->setEnabled(valid);
}

void ConnectDialog::submit() {
    QString problem;
    if (!validate(&problem)) {
        m_problem->setText(problem);
        return;
    }
    const Endpoint chosen = endpoint();
    QSettings settings;
    settings.setValue(ProductKey, productKey(chosen.product));
    settings.setValue(ApiUrlKey, chosen.apiUrl.toString());
    settings.setValue(AccountKey, chosen.accountId);
    settings.setValue(ClusterKey, chosen.clusterId);
    Q_EMIT connectRequested(chosen);
    accept();
}
