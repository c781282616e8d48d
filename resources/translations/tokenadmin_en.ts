<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkRevokeDialog</name>
    <message numerus="yes">
        <source>Revoke %n tokens</source>
        <translation>
            <numerusform>Revoke %n token</numerusform>
            <numerusform>Revoke %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to revoke %n tokens</source>
        <translation>
            <numerusform>You are about to revoke %n token</numerusform>
            <numerusform>You are about to revoke %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message numerus="yes">
        <source>%n influxctl profile(s) from %1, read-only: change them with influxctl or an editor.</source>
        <translation>
            <numerusform>%n influxctl profile from %1, read-only: change them with influxctl or an editor.</numerusform>
            <numerusform>%n influxctl profiles from %1, read-only: change them with influxctl or an editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseAccessModel</name>
    <message numerus="yes">
        <source>%Ln active token(s) can read %1</source>
        <translation>
            <numerusform>%Ln active token can read %1</numerusform>
            <numerusform>%Ln active tokens can read %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active token(s) can write %1</source>
        <translation>
            <numerusform>%Ln active token can write %1</numerusform>
            <numerusform>%Ln active tokens can write %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceAuthorization</name>
    <message numerus="yes">
        <source>no answer for %n second(s)</source>
        <translation>
            <numerusform>no answer for %n second</numerusform>
            <numerusform>no answer for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisableTokenDialog</name>
    <message numerus="yes">
        <source>Disable %n Database Tokens</source>
        <translation>
            <numerusform>Disable %n Database Token</numerusform>
            <numerusform>Disable %n Database Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabling removes all permissions of these %n tokens: they can then read or write nothing. They still exist, and Re-enable gives each its permissions back.</source>
        <translation>
            <numerusform>Disabling removes all permissions of this token: it can then read or write nothing. It still exists, and Re-enable gives it its permissions back.</numerusform>
            <numerusform>Disabling removes all permissions of these %n tokens: they can then read or write nothing. They still exist, and Re-enable gives each its permissions back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n Tokens</source>
        <translation>
            <numerusform>Disable %n Token</numerusform>
            <numerusform>Disable %n Tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 active · %L2 expiring within %n day(s) · %L3 expired · %L4 revoked</source>
        <translation>
            <numerusform>%L1 active · %L2 expiring within %n day · %L3 expired · %L4 revoked</numerusform>
            <numerusform>%L1 active · %L2 expiring within %n days · %L3 expired · %L4 revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln tokens shown</source>
        <translation>
            <numerusform>%L1 of %Ln token shown</numerusform>
            <numerusform>%L1 of %Ln tokens shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) written to %1</source>
        <translation>
            <numerusform>%Ln token written to %1</numerusform>
            <numerusform>%Ln tokens written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tokens match “%1” — %Ln inactive token(s) hidden</source>
        <translation>
            <numerusform>No tokens match “%1” — %Ln inactive token is hidden</numerusform>
            <numerusform>No tokens match “%1” — %Ln inactive tokens are hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>no data for %n second</numerusform>
            <numerusform>no data for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickFilterBar</name>
    <message numerus="yes">
        <source>%1: %n token(s)</source>
        <translation>
            <numerusform>%1: %n token</numerusform>
            <numerusform>%1: %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateTokenDialog</name>
    <message numerus="yes">
        <source>%n day(s) from now: as long as the old token&apos;s lifetime.</source>
        <translation>
            <numerusform>%n day from now: as long as the old token&apos;s lifetime.</numerusform>
            <numerusform>%n days from now: as long as the old token&apos;s lifetime.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, + %n more</source>
        <translation>
            <numerusform>%1, + %n more</numerusform>
            <numerusform>%1, + %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
