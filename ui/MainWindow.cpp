#include "MainWindow.h"

#include "ChangeHistory.h"
#include "CreateTokenDialog.h"
#include "DisplayText.h"
#include "EditTokenDialog.h"
#include "HistoryBar.h"
#include "HistoryWindow.h"
#include "Look.h"
#include "MessageBar.h"
#include "RevokeTokenDialog.h"
#include "TokenDetailsPanel.h"
#include "TokenFilterModel.h"
#include "TokenHistoryList.h"
#include "TokenOptionsDelegate.h"
#include "TokenSecretDialog.h"
#include "TokenSession.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int DetailsPanelWidth = 300;

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts, const QString &icon = {}) {
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_proxy(new TokenFilterModel(this)) {
    // An empty list until a session opens, so the header has its columns from the start.
    m_proxy->setSourceModel(new TokenTableModel(this));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Token Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/token-admin.svg")));
    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();
    restoreSettings();
    updateActions();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_connectAction = makeAction(this, QStringLiteral("actionConnect"), tr("&Connect…"),
                                 {QKeySequence(tr("Ctrl+Shift+O"))});
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_quitAction =
        makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), {QKeySequence::Quit});
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh"),
                                 {QKeySequence::Refresh}, QStringLiteral(":/icons/refresh.svg"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    m_findAction =
        makeAction(this, QStringLiteral("actionFind"), tr("&Find"), {QKeySequence::Find});
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_viewDetailsAction = makeAction(this, QStringLiteral("actionViewDetails"), tr("View &details"),
                                     {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                                     QStringLiteral(":/icons/details.svg"));
    connect(m_viewDetailsAction, &QAction::triggered, this, &MainWindow::viewDetails);
    m_copyIdAction = makeAction(this, QStringLiteral("actionCopyId"), tr("&Copy token ID"),
                                {QKeySequence::Copy}, QStringLiteral(":/icons/copy.svg"));
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedId);
    m_revokeAction = makeAction(this, QStringLiteral("actionRevoke"), tr("&Revoke token…"),
                                {QKeySequence::Delete}, QStringLiteral(":/icons/revoke.svg"));
    connect(m_revokeAction, &QAction::triggered, this, &MainWindow::revokeSelected);

    m_newTokenAction =
        makeAction(this, QStringLiteral("actionNewToken"), tr("&Create Database Token…"),
                   {QKeySequence::New}, QStringLiteral(":/icons/add.svg"));
    connect(m_newTokenAction, &QAction::triggered, this, &MainWindow::createToken);
    m_editAction = makeAction(this, QStringLiteral("actionEditToken"), tr("&Edit token…"),
                              {QKeySequence(Qt::Key_F2)}, QStringLiteral(":/icons/edit.svg"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);

    m_historyAction = makeAction(this, QStringLiteral("actionHistory"), tr("&History…"),
                                 {QKeySequence(tr("Ctrl+H"))});
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);

    m_showOptionsAction = makeAction(this, QStringLiteral("actionShowOptions"), tr("Token options"),
                                     {QKeySequence(Qt::Key_Menu), QKeySequence(tr("Shift+F10"))});
    m_showOptionsAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_showOptionsAction, &QAction::triggered, this, &MainWindow::showOptionsForSelection);
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_connectAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_findAction);

    // The row's options: the same actions serve the ⋮ button, the context menu, the
    // keyboard and the menu bar's Token menu.
    m_tokenMenu = new QMenu(tr("Token options"), this);
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    const QList<QAction *> rowActions{m_viewDetailsAction, m_editAction, m_copyIdAction};
    m_tokenMenu->addActions(rowActions);
    m_tokenMenu->addSeparator();
    m_tokenMenu->addAction(m_revokeAction);

    QMenu *tokenBarMenu = menuBar()->addMenu(tr("&Token"));
    tokenBarMenu->setObjectName(QStringLiteral("tokenBarMenu"));
    tokenBarMenu->addAction(m_newTokenAction);
    tokenBarMenu->addSeparator();
    tokenBarMenu->addActions(rowActions);
    tokenBarMenu->addSeparator();
    tokenBarMenu->addAction(m_revokeAction);
    tokenBarMenu->addSeparator();
    tokenBarMenu->addAction(m_historyAction);
}

void MainWindow::createCentralArea() {
    // Bands under the menu bar that say, for as long as the connection is open, that it is
    // production or that its certificates are not checked.
    auto *outer = new QWidget(this);
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);
    auto makeBand = [outer](const QString &objectName, const QString &colour) {
        auto *band = new QLabel(outer);
        band->setObjectName(objectName);
        band->setTextFormat(Qt::PlainText);
        band->setWordWrap(true);
        band->setAlignment(Qt::AlignCenter);
        band->setContentsMargins(12, 5, 12, 5);
        band->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; }")
                .arg(colour));
        band->hide();
        return band;
    };
    m_productionBand = makeBand(QStringLiteral("productionBand"), QStringLiteral("#b3261e"));
    m_insecureBand = makeBand(QStringLiteral("insecureBand"), QStringLiteral("#7f1d1d"));
    outerLayout->addWidget(m_productionBand);
    outerLayout->addWidget(m_insecureBand);

    auto *central = new QWidget(outer);
    outerLayout->addWidget(central, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);

    auto *heading = new QLabel(tr("Database Tokens"), central);
    Look::makeHeading(heading, 1.6);
    auto *subtitle = new QLabel(tr("Database tokens grant read and write permissions to one or "
                                   "more databases and allow for actions like writing and "
                                   "querying data."),
                                central);
    subtitle->setWordWrap(true);
    // Like the portal's cluster switcher: the open connection, and the others one click away.
    m_switcher = new QComboBox(central);
    m_switcher->setObjectName(QStringLiteral("connectionSwitcher"));
    m_switcher->setAccessibleName(tr("Connection"));
    m_switcher->setToolTip(tr("Switch to another connection"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumWidth(200);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_switcher->itemData(index).toString();
        if (id.isEmpty())
            Q_EMIT connectRequested();
        else if (id != m_switcher->property("currentId").toString())
            Q_EMIT switchRequested(id);
    });
    auto *switcherLabel = new QLabel(tr("C&onnection:"), central);
    switcherLabel->setBuddy(m_switcher);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch(1);
    headingRow->addWidget(switcherLabel);
    headingRow->addWidget(m_switcher);
    layout->addLayout(headingRow);
    layout->addWidget(subtitle);

    auto *toolbar = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setPlaceholderText(tr("Search by description or token ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TokenFilterModel::setFilterText);
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));

    m_showInactive = new QCheckBox(tr("Show inactive tokens"), central);
    m_showInactive->setObjectName(QStringLiteral("showInactiveToggle"));
    m_showInactive->setAccessibleName(tr("Show inactive tokens"));
    m_showInactive->setToolTip(tr("Also list revoked and expired tokens"));
    connect(m_showInactive, &QCheckBox::toggled, m_proxy, &TokenFilterModel::setShowInactive);

    m_refreshButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), central);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Reload the token list from the server (F5)"));
    connect(m_refreshButton, &QPushButton::clicked, m_refreshAction, &QAction::trigger);

    toolbar->addWidget(m_search);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_showInactive);
    m_newTokenButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")),
                                       tr("Create Database Token…"), central);
    m_newTokenButton->setObjectName(QStringLiteral("newTokenButton"));
    m_newTokenButton->setAccessibleName(tr("Create Database Token"));
    m_newTokenButton->setToolTip(tr("Create a database token (Ctrl+N)"));
    connect(m_newTokenButton, &QPushButton::clicked, m_newTokenAction, &QAction::trigger);

    toolbar->addStretch(1);
    toolbar->addWidget(m_refreshButton);
    toolbar->addWidget(m_newTokenButton);
    layout->addLayout(toolbar);

    m_messageBar = new MessageBar(central);
    connect(m_messageBar, &MessageBar::retryRequested, m_refreshAction, &QAction::trigger);
    layout->addWidget(m_messageBar);
    m_profileFileBar = new MessageBar(central);
    m_profileFileBar->setObjectName(QStringLiteral("profileFileBar"));
    m_profileFileBar->setAccessibleName(tr("influxctl profiles"));
    layout->addWidget(m_profileFileBar);
    m_historyBar = new HistoryBar(central);
    connect(m_historyBar, &HistoryBar::continueRequested, this, [this] {
        if (!m_history)
            return;
        m_history->continueWithoutHistory();
        m_historyBar->showNotice(tr("Changes in this run are sent without being recorded in "
                                    "the history."));
    });
    layout->addWidget(m_historyBar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("Database tokens"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addAction(m_showOptionsAction);
    // Fixed row heights: no per-row size computation, whatever the list's length.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Description takes what is left, so the ⋮ column is always in view.
    header->setSectionResizeMode(TokenTableModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TokenTableModel::OptionsColumn, QHeaderView::Fixed);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 24;
    header->resizeSection(TokenTableModel::StatusColumn,
                          metrics.horizontalAdvance(tr("Revoked")) + padding + 28);
    header->resizeSection(TokenTableModel::IdColumn, metrics.horizontalAdvance(QStringLiteral(
                                                         "dddddddd-dddd-dddd-dddd-dddddddddddd")) +
                                                         padding);
    header->resizeSection(TokenTableModel::DatabasesColumn,
                          metrics.horizontalAdvance(QStringLiteral("metrics_staging, + 2 more")) +
                              padding);
    const int dateWidth = metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + padding;
    header->resizeSection(TokenTableModel::CreatedColumn, dateWidth);
    header->resizeSection(TokenTableModel::ExpiresColumn, dateWidth);
    header->resizeSection(TokenTableModel::OptionsColumn, 40);

    auto *delegate = new TokenOptionsDelegate(m_table);
    m_table->setItemDelegateForColumn(TokenTableModel::OptionsColumn, delegate);
    connect(delegate, &TokenOptionsDelegate::optionsRequested, this,
            [this](const QModelIndex &index, const QRect &cell) {
                showOptionsMenu(index, m_table->viewport()->mapToGlobal(cell.bottomLeft()));
            });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            showOptionsMenu(index, m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TokenTableModel::OptionsColumn)
            viewDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    // Keep the selected token and the scroll position across a reload.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectionBeforeReset = selectedTokenId();
        m_scrollBeforeReset = m_table->verticalScrollBar()->value();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_table->verticalScrollBar()->setValue(m_scrollBeforeReset);
        if (!m_selectionBeforeReset.isEmpty())
            selectToken(m_selectionBeforeReset);
        updateCounts();
        updateActions();
        updateDetails();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    m_details = new TokenDetailsPanel(central);
    connect(m_details, &TokenDetailsPanel::copyIdRequested, this, &MainWindow::copyTokenId);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    // The selected token's own history, under its details.
    m_tokenHistory = new TokenHistoryList(central);
    auto *side = new QSplitter(Qt::Vertical, central);
    side->setObjectName(QStringLiteral("detailsSplitter"));
    side->addWidget(m_details);
    side->addWidget(m_tokenHistory);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(outer);
}

void MainWindow::createStatusBar() {
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumSize(90, 12);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_clusterLabel = new QLabel(this);
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_clusterLabel->setTextFormat(Qt::PlainText);
    m_clusterLabel->setContentsMargins(8, 0, 8, 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setContentsMargins(8, 0, 8, 0);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("lastRefreshLabel"));
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_clusterLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1360, 760);
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    const bool restored =
        header->restoreState(settings.value(QStringLiteral("tokenTable/header")).toByteArray());
    const int column = restored ? header->sortIndicatorSection() : int(TokenTableModel::IdColumn);
    const Qt::SortOrder order = restored ? header->sortIndicatorOrder() : Qt::AscendingOrder;
    // Enabling sorting sorts at once by the indicator; then apply the one wanted.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(column >= 0 && column < TokenTableModel::ColumnCount
                              ? column
                              : int(TokenTableModel::IdColumn),
                          order);
    if (m_splitter->sizes().value(1) == 0 ||
        !settings.contains(QStringLiteral("mainWindow/splitter")))
        m_splitter->setSizes({width() - DetailsPanelWidth, DetailsPanelWidth});
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tokenTable/header"),
                      m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

void MainWindow::openSession(TokenSession *session) {
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
    }
    m_session = session;
    session->setParent(this);
    if (m_history)
        session->setHistory(m_history);
    // Swapping the model re-creates the header's sections: keep widths and sort order.
    const QByteArray headerState = m_table->horizontalHeader()->saveState();
    m_proxy->setSourceModel(session->model());
    m_table->horizontalHeader()->restoreState(headerState);
    m_messageBar->hide();
    updateConnectionIndicators();

    connect(session, &TokenSession::busyChanged, this, [this](bool busy) {
        m_busyIndicator->setVisible(busy);
        updateActions();
    });
    connect(session, &TokenSession::refreshed, this, &MainWindow::onRefreshed);
    connect(session, &TokenSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(session, &TokenSession::unauthorized, this, &MainWindow::tokenRejected);
    connect(session, &TokenSession::revokeFinished, this, &MainWindow::onRevokeFinished);
    connect(session, &TokenSession::createFinished, this, &MainWindow::onCreateFinished);
    connect(session, &TokenSession::updateFinished, this, &MainWindow::onUpdateFinished);
    updateCounts();
    updateActions();
    session->refresh();
    updateActions();
}

void MainWindow::showProfileFileProblem(const QString &text) {
    m_profileFileBar->showNotice(text);
}

void MainWindow::setConnectionLabel(const QString &name, bool production) {
    if (!m_session)
        return;
    m_session->setConnectionLabel(name, production);
    updateConnectionIndicators();
}

void MainWindow::updateConnectionIndicators() {
    const bool open = m_session;
    const Endpoint endpoint = open ? m_session->endpoint() : Endpoint();
    if (open) {
        setWindowTitle(endpoint.production
                           ? tr("Token Admin — %1 (production)").arg(endpoint.displayName())
                           : tr("Token Admin — %1").arg(endpoint.displayName()));
        m_clusterLabel->setText(endpoint.production
                                    ? tr("PRODUCTION — %1").arg(endpoint.clusterLabel())
                                    : endpoint.clusterLabel());
        m_clusterLabel->setToolTip(
            endpoint.product == Product::Clustered
                ? tr("Management API: %1").arg(endpoint.apiUrl.toString())
                : tr("Cluster ID: %1\nAccount ID: %2\nManagement API: %3")
                      .arg(endpoint.clusterId, endpoint.accountId, endpoint.apiUrl.toString()));
    }
    m_productionBand->setText(tr("PRODUCTION — %1").arg(endpoint.displayName()));
    m_productionBand->setAccessibleName(m_productionBand->text());
    m_productionBand->setVisible(open && endpoint.production);
    m_insecureBand->setText(
        tr("Certificate checks are OFF for %1 (tls.insecure in its influxctl profile): anyone "
           "between you and %2 could read the management token.")
            .arg(endpoint.displayName(), endpoint.apiUrl.host()));
    m_insecureBand->setAccessibleName(m_insecureBand->text());
    m_insecureBand->setVisible(open && endpoint.tlsInsecure &&
                               endpoint.apiUrl.scheme() == QLatin1String("https"));
}

void MainWindow::setConnectionChoices(const QList<QPair<QString, QString>> &choices,
                                      const QString &currentId) {
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    for (const auto &[id, name] : choices)
        m_switcher->addItem(name, id);
    if (m_switcher->findData(currentId) < 0 && m_session)
        m_switcher->insertItem(0, m_session->endpoint().displayName(), currentId);
    m_switcher->insertSeparator(m_switcher->count());
    m_switcher->addItem(tr("Manage connections…"), QString());
    m_switcher->setCurrentIndex(std::max(0, m_switcher->findData(currentId)));
    m_switcher->setProperty("currentId", currentId);
}

QString MainWindow::selectedTokenId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TokenTableModel::TokenIdRole).toString();
}

std::optional<Token> MainWindow::selectedToken() const {
    if (!m_session)
        return std::nullopt;
    const QString id = selectedTokenId();
    return id.isEmpty() ? std::nullopt : m_session->model()->tokenById(id);
}

void MainWindow::selectToken(const QString &tokenId) {
    if (!m_session)
        return;
    const int sourceRow = m_session->model()->rowOf(tokenId);
    const QModelIndex index = sourceRow < 0
                                  ? QModelIndex()
                                  : m_proxy->mapFromSource(m_session->model()->index(sourceRow, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void MainWindow::updateActions() {
    const std::optional<Token> token = selectedToken();
    const bool selected = token.has_value();
    m_viewDetailsAction->setEnabled(selected);
    m_copyIdAction->setEnabled(selected);
    m_showOptionsAction->setEnabled(selected);
    m_revokeAction->setEnabled(selected && !token->isRevoked() &&
                               !m_session->isRevoking(token->id));
    m_editAction->setEnabled(selected && !token->isRevoked() && !m_session->isUpdating(token->id));
    m_newTokenAction->setEnabled(m_session && !m_session->isCreating());
    m_newTokenButton->setEnabled(m_newTokenAction->isEnabled());
    const bool refreshing = m_session && m_session->isRefreshing();
    m_refreshAction->setEnabled(m_session && !refreshing);
    m_refreshButton->setEnabled(m_session && !refreshing);
}

void MainWindow::updateCounts() {
    const int total = m_session ? m_session->model()->rowCount() : 0;
    m_countLabel->setText(tr("%1 of %n tokens shown", nullptr, total).arg(m_proxy->rowCount()));
    if (m_session && m_session->lastRefresh().isValid())
        m_refreshLabel->setText(
            tr("Refreshed at %1")
                .arg(m_session->lastRefresh().toString(QStringLiteral("HH:mm:ss"))));
}

void MainWindow::updateDetails() {
    const std::optional<Token> token = selectedToken();
    m_details->showToken(token ? &*token : nullptr,
                         m_session ? m_session->model()->now() : QDateTime());
    m_tokenHistory->showToken(token ? token->id : QString());
}

void MainWindow::showOptionsMenu(const QModelIndex &proxyIndex, const QPoint &globalPos) {
    selectToken(proxyIndex.data(TokenTableModel::TokenIdRole).toString());
    updateActions();
    m_tokenMenu->popup(globalPos);
}

void MainWindow::showOptionsForSelection() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex options = rows.first().siblingAtColumn(TokenTableModel::OptionsColumn);
    m_table->scrollTo(options);
    const QRect cell = m_table->visualRect(options);
    showOptionsMenu(options, m_table->viewport()->mapToGlobal(cell.bottomLeft()));
}

void MainWindow::viewDetails() {
    if (!selectedToken())
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) == 0)
        m_splitter->setSizes({width() - DetailsPanelWidth, DetailsPanelWidth});
    updateDetails();
    m_details->focusId();
}

void MainWindow::copyTokenId(const QString &tokenId) {
    if (tokenId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(tokenId);
    statusBar()->showMessage(tr("Copied token ID %1").arg(DisplayText::isolated(tokenId)), 5000);
}

void MainWindow::copySelectedId() {
    copyTokenId(selectedTokenId());
}

void MainWindow::revokeSelected() {
    const std::optional<Token> token = selectedToken();
    if (!token || token->isRevoked() || !m_session)
        return;
    auto *dialog = new RevokeTokenDialog(m_session, *token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createToken() {
    if (!m_session || m_session->isCreating())
        return;
    auto *dialog = new CreateTokenDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onCreateFinished(const Token &token, const QString &accessToken,
                                  const ApiError &error) {
    // Here, from the session, so that the secret is shown whatever became of the dialog.
    if (error.isError()) {
        statusBar()->showMessage(tr("The token was not created. %1").arg(errorText(error)), 15000);
        return;
    }
    selectToken(token.id);
    if (selectedTokenId() != token.id) { // the search hides it: show the new row all the same
        m_search->clear();
        selectToken(token.id);
    }
    m_table->scrollTo(m_table->currentIndex());
    statusBar()->showMessage(
        tr("Created token “%1” (%2).")
            .arg(DisplayText::isolated(token.description), DisplayText::isolated(token.id)),
        15000);
    auto *secret = new TokenSecretDialog(token, accessToken, this);
    secret->setAttribute(Qt::WA_DeleteOnClose);
    secret->open();
}

void MainWindow::editSelected() {
    const std::optional<Token> token = selectedToken();
    if (!token || token->isRevoked() || !m_session)
        return;
    auto *dialog = new EditTokenDialog(m_session, *token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onUpdateFinished(const QString &tokenId, const ApiError &error) {
    statusBar()->showMessage(
        error.isError() ? tr("The changes to token %1 were not saved. %2")
                              .arg(DisplayText::isolated(tokenId), errorText(error))
                        : tr("Saved changes to token %1.").arg(DisplayText::isolated(tokenId)),
        15000);
}

void MainWindow::onRevokeFinished(const QString &tokenId, const ApiError &error) {
    // Said here, from the session, so that the outcome is shown whatever became of the dialog.
    const std::optional<Token> token =
        m_session ? m_session->model()->tokenById(tokenId) : std::nullopt;
    const QString name =
        token && !token->description.isEmpty()
            ? tr("“%1” (%2)")
                  .arg(DisplayText::isolated(token->description), DisplayText::isolated(tokenId))
            : DisplayText::isolated(tokenId);
    QString message;
    if (!error.isError())
        message = tr("Revoked token %1.").arg(name);
    else if (error.isHttp(404))
        message = tr("Token %1 no longer exists on the server: nothing was revoked.").arg(name);
    else if (error.outcomeUnknown())
        message = tr("The revocation of token %1 was not confirmed; the list is being "
                     "refreshed. %2")
                      .arg(name, errorText(error));
    else
        message = tr("Token %1 was not revoked. %2").arg(name, errorText(error));
    statusBar()->showMessage(message, 15000);
    updateActions();
}

void MainWindow::onRefreshed() {
    m_messageBar->hide();
    updateCounts();
    updateActions();
}

void MainWindow::onRefreshFailed(const ApiError &error) {
    const QString name = m_session ? m_session->endpoint().displayName() : QString();
    if (error.isHttp(401)) {
        m_messageBar->showMessage(
            tr("The server refused the management token for %1 (HTTP 401): it is wrong, expired "
               "or revoked. Enter a new one to go on.")
                .arg(name));
        updateActions();
        return;
    }
    if (error.isHttp(403)) {
        m_messageBar->showMessage(
            tr("The management token for %1 does not have the permission to list database "
               "tokens (HTTP 403). Use a management token of an Admin of this account, or ask "
               "one for it. %2")
                .arg(name, error.serverMessage));
        updateActions();
        return;
    }
    m_messageBar->showMessage(tr("Could not load the tokens. %1").arg(errorText(error)));
    updateActions();
}

void MainWindow::setHistory(ChangeHistory *history) {
    m_history = history;
    if (m_session)
        m_session->setHistory(history);
    m_tokenHistory->setHistory(history);
    connect(history, &ChangeHistory::becameUnavailable, this, &MainWindow::showHistoryProblem);
    if (history->state() == ChangeHistory::State::Unavailable)
        showHistoryProblem(history->problem());
    else if (!history->movedAsideTo().isEmpty())
        m_historyBar->showNotice(
            tr("The history database was damaged. It was kept as %1, and a new history was "
               "started.")
                .arg(QDir::toNativeSeparators(history->movedAsideTo())));
}

void MainWindow::showHistoryProblem(const QString &problem) {
    m_historyBar->showProblem(
        tr("Changes cannot be recorded in the history. %1 Token Admin makes no change it "
           "cannot record: choose Continue without history for this run to make them "
           "anyway.")
            .arg(problem));
}

void MainWindow::showHistory() {
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(m_history, this);
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}
