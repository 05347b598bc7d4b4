<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Starting this PC&apos;s database… The first start prepares the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftersales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Database {database} holds no Aftersales data. Ask your administrator to prepare it with &apos;aftersales-admin init&apos;, or choose another connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded by a newer Aftersales (schema {revision}). Install the new version of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has an older schema ({revision}; this program needs {head}). Ask your administrator to run &apos;aftersales-admin upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not an active operator of this database. Ask your administrator to check the operator and the connection&apos;s role prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an operator code.</source>
        <extracomment>PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1). Suffixes of the NOLOGIN roles every database has; the longest decides how long a prefix may be.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator code has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator code uses only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server runs PostgreSQL {major}; Aftersales needs PostgreSQL 16 or newer (older servers let CREATEROLE grant almost any role).</source>
        <extracomment>PostgreSQL 16 is the first release where CREATEROLE lets our administrator operator manage operators without superuser-like power.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must not contain the operator code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Someone else changed this record in the meantime. Reopen it to see their changes, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check the network; the next action will reconnect. Nothing was saved by the failed action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. The details were written to the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftersales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>Welcome, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{n}{more} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Aftersales — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftersales service management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC — demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This connection does not verify the server&apos;s certificate (TLS mode {mode}). Over a VPN or the internet, ask your administrator for the server&apos;s root certificate and use verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an operator to fill in the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator code or the password is wrong. (The server does not say which, so that nobody can probe for operator codes.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator may not log in: it is disabled or its password has expired. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at {where}. Check the network or VPN, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database “{db}”. Check the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this operator for “{db}”. Ask your administrator to allow this computer and operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {where} failed. Check the profile&apos;s TLS mode and root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no Aftersales database yet. One will be created with the administrator operator “admin”.
Choose its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftersales — {branch} — {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tab has changes that are not saved. Close it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the home tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current tab again from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and show the login again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Aftersales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Aftersales&lt;/b&gt; {version}&lt;br&gt;After-sales service management.&lt;br&gt;&lt;br&gt;Database: {database} (schema {schema})&lt;br&gt;Server: {server}, PostgreSQL {pg}&lt;br&gt;Logged in as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: {branch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected · {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip to the server, measured every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next action will try to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some tabs have changes that are not saved. Leave anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgTreeTab</name>
    <message>
        <source>Department / employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: from the database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel binding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This profile does not verify the server&apos;s certificate: on a remote network someone could pose as the server. Use verify-full with the server&apos;s root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name, or a service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
