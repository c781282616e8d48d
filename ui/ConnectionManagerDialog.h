#pragma once

#include "Connection.h"

#include <QDialog>

class ConnectionController;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// One list of connections — influxctl's profiles (read-only) and Token Admin's own (add,
// edit, duplicate, remove) — with a form for the selected one. Connect opens it. No secret
// is stored here: a typed management token goes to the keychain when asked, else nowhere.
class ConnectionManagerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionManagerDialog(ConnectionController *controller, QWidget *parent = nullptr);

    void selectConnection(const QString &connectionId);
    // Selects the connection, says why a token is needed and puts the cursor in its field.
    void askForToken(const QString &connectionId, const QString &reason);
    // Says what is wrong with the selected connection (or why it cannot open) until another
    // is selected.
    void showProblem(const QString &text);
    // Adds a new, unsaved connection filled from `prefill` (e.g. the command line) and
    // selects it; with `tokenReason`, asks for its token as askForToken does.
    void addConnection(const Connection &prefill, const QString &tokenReason = {});

    // Lists the running sandbox too (last, under `name`): Connect goes back to it.
    void showLiveSandbox(const QString &name);

    // The selected connection as the form describes it.
    Connection currentConnection() const;

Q_SIGNALS:
    void connectRequested(const Connection &connection, const QString &typedToken);
    void sandboxRequested();

private:
    void fillList();
    // Icons and text colours of the list, from its palette.
    void colourItems();
    void showCurrent();
    void formEdited();
    void updateState();
    void chooseCaFile();
    void duplicateConnection();
    void removeConnection();
    void save();
    void submit();
    void signOut();
    QString itemText(const Connection &connection) const;
    int currentIndex() const;
    bool isSandboxCurrent() const;

    ConnectionController *m_controller;
    QList<Connection> m_connections; // the working copy, saved on Save or Connect
    bool m_dirty = false;
    bool m_filling = false;
    QString m_reason;      // given from outside: shown until another connection is selected
    QString m_liveSandbox; // the running sandbox's name, listed after the connections

    QFormLayout *m_form = nullptr;
    QLabel *m_profileFile;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QLabel *m_source;
    QLineEdit *m_name;
    QComboBox *m_product;
    QLineEdit *m_apiUrl;
    QLineEdit *m_account;
    QLineEdit *m_cluster;
    QLineEdit *m_caFile;
    QPushButton *m_browseCaFile;
    QCheckBox *m_production;
    QLineEdit *m_token;
    QWidget *m_signInRow; // in place of the token for a profile with [profile.auth.oauth2]
    QLabel *m_signInState;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_connect;
    QPushButton *m_sandbox;
};
