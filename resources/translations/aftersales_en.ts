<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Starting this PC&apos;s database… The first start prepares the demo data.</source>
        <translation>Starting this PC&apos;s database… The first start prepares the demo data.</translation>
    </message>
    <message>
        <source>Aftersales</source>
        <translation>Aftersales</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added</source>
        <extracomment>What the viewer calls each action (translated in context &quot;AuditAction&quot;).</extracomment>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>Password change refused</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Sensitive fields shown</source>
        <translation>Sensitive fields shown</translation>
    </message>
</context>
<context>
    <name>AuditConditions</name>
    <message>
        <source>operator code</source>
        <translation>operator code</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>record key</source>
        <translation>record key</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Role and profile</source>
        <translation>Role and profile</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Phone &amp;2:</source>
        <translation>Phone &amp;2:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <source>Where bought</source>
        <translation>Where bought</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Warranty until (override)</source>
        <translation>Warranty until (override)</translation>
    </message>
    <message>
        <source>Add &amp;device</source>
        <translation>Add &amp;device</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Remove device</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when}.</source>
        <translation>Last changed by {who} at {when}.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete customer {name} and its devices?</source>
        <translation>Delete customer {name} and its devices?</translation>
    </message>
    <message>
        <source>Not deleted: {problem}</source>
        <translation>Not deleted: {problem}</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
</context>
<context>
    <name>Dictionary</name>
    <message>
        <source>Product models</source>
        <translation>Product models</translation>
    </message>
    <message>
        <source>Fault phenomena</source>
        <translation>Fault phenomena</translation>
    </message>
    <message>
        <source>Accessories received</source>
        <translation>Accessories received</translation>
    </message>
    <message>
        <source>Appearance notes</source>
        <translation>Appearance notes</translation>
    </message>
    <message>
        <source>Places of purchase</source>
        <translation>Places of purchase</translation>
    </message>
</context>
<context>
    <name>DictionaryCombo</name>
    <message>
        <source>New: “{value}” will be added to the dictionary when you save.</source>
        <translation>New: “{value}” will be added to the dictionary when you save.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Database {database} holds no Aftersales data. Ask your administrator to prepare it with &apos;aftersales-admin init&apos;, or choose another connection.</source>
        <translation>Database {database} holds no Aftersales data. Ask your administrator to prepare it with &apos;aftersales-admin init&apos;, or choose another connection.</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer Aftersales (schema {revision}). Install the new version of this program.</source>
        <translation>The database was upgraded by a newer Aftersales (schema {revision}). Install the new version of this program.</translation>
    </message>
    <message>
        <source>The database has an older schema ({revision}; this program needs {head}). Ask your administrator to run &apos;aftersales-admin upgrade&apos;.</source>
        <translation>The database has an older schema ({revision}; this program needs {head}). Ask your administrator to run &apos;aftersales-admin upgrade&apos;.</translation>
    </message>
    <message>
        <source>This login is not an active operator of this database. Ask your administrator to check the operator and the connection&apos;s role prefix.</source>
        <translation>This login is not an active operator of this database. Ask your administrator to check the operator and the connection&apos;s role prefix.</translation>
    </message>
    <message>
        <source>Enter an operator code.</source>
        <translation>Enter an operator code.</translation>
    </message>
    <message>
        <source>An operator code has at most {n} characters.</source>
        <translation>An operator code has at most {n} characters.</translation>
    </message>
    <message>
        <source>An operator code uses only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>An operator code uses only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>This server runs PostgreSQL {major}; Aftersales needs PostgreSQL 16 or newer (older servers let CREATEROLE grant almost any role).</source>
        <translation>This server runs PostgreSQL {major}; Aftersales needs PostgreSQL 16 or newer (older servers let CREATEROLE grant almost any role).</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>A password has at least {n} characters.</translation>
    </message>
    <message>
        <source>A password must not contain the operator code.</source>
        <translation>A password must not contain the operator code.</translation>
    </message>
    <message>
        <source>A document number prefix is 1 to 4 capital letters.</source>
        <translation>A document number prefix is 1 to 4 capital letters.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The database refused: your profile may not change this operator or profile. (Administrators are managed by whoever created them.)</source>
        <translation>The database refused: your profile may not change this operator or profile. (Administrators are managed by whoever created them.)</translation>
    </message>
    <message>
        <source>No operator {code}.</source>
        <translation>No operator {code}.</translation>
    </message>
    <message>
        <source>Give the operator at least one profile.</source>
        <translation>Give the operator at least one profile.</translation>
    </message>
    <message>
        <source>The operator code {code} is taken.</source>
        <translation>The operator code {code} is taken.</translation>
    </message>
    <message>
        <source>This employee already has an operator.</source>
        <translation>This employee already has an operator.</translation>
    </message>
    <message>
        <source>Your profile may not create operators.</source>
        <translation>Your profile may not create operators.</translation>
    </message>
    <message>
        <source>Someone else changed operator {code} meanwhile; reopen it.</source>
        <translation>Someone else changed operator {code} meanwhile; reopen it.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>You cannot disable yourself.</translation>
    </message>
    <message>
        <source>A dictionary entry has at most 200 characters.</source>
        <translation>A dictionary entry has at most 200 characters.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number, or a landline with its area code (010-12345678).</source>
        <translation>Enter an 11-digit mobile number, or a landline with its area code (010-12345678).</translation>
    </message>
    <message>
        <source>Device {n}: the purchase date is in the future.</source>
        <translation>Device {n}: the purchase date is in the future.</translation>
    </message>
    <message>
        <source>Device {n}: the warranty ends before the purchase.</source>
        <translation>Device {n}: the warranty ends before the purchase.</translation>
    </message>
    <message>
        <source>Another clerk saved a customer with the same code at this moment; save again.</source>
        <translation>Another clerk saved a customer with the same code at this moment; save again.</translation>
    </message>
    <message>
        <source>Someone deleted this customer meanwhile.</source>
        <translation>Someone deleted this customer meanwhile.</translation>
    </message>
    <message>
        <source>{who} changed this customer at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} changed this customer at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</translation>
    </message>
    <message>
        <source>A removed device has service orders; it cannot be removed.</source>
        <translation>A removed device has service orders; it cannot be removed.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>This customer has complaints, consultations or service orders, so it cannot be deleted. Untick Active to hide it instead.</source>
        <translation>This customer has complaints, consultations or service orders, so it cannot be deleted. Untick Active to hide it instead.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{file} is not an Excel workbook (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>The first row must name the columns as the export does; a “Customer” column is needed.</source>
        <translation>The first row must name the columns as the export does; a “Customer” column is needed.</translation>
    </message>
    <message>
        <source>more than {n} rows</source>
        <translation>more than {n} rows</translation>
    </message>
    <message>
        <source>no customer name</source>
        <translation>no customer name</translation>
    </message>
    <message>
        <source>unknown grade “{value}”</source>
        <translation>unknown grade “{value}”</translation>
    </message>
    <message>
        <source>unknown region “{value}”</source>
        <translation>unknown region “{value}”</translation>
    </message>
    <message>
        <source>bad phone number “{value}”</source>
        <translation>bad phone number “{value}”</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Someone else changed this record in the meantime. Reopen it to see their changes, then make yours again.</source>
        <translation>Someone else changed this record in the meantime. Reopen it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check the network; the next action will reconnect. Nothing was saved by the failed action.</source>
        <translation>The connection to the server was lost. Check the network; the next action will reconnect. Nothing was saved by the failed action.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. The details were written to the log file:
{path}</source>
        <translation>An unexpected error occurred. The details were written to the log file:
{path}</translation>
    </message>
    <message>
        <source>Aftersales</source>
        <translation>Aftersales</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>This session</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profiles:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>Branches:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>Departments:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Employees:</translation>
    </message>
    <message>
        <source>Engineers:</source>
        <translation>Engineers:</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>Operators:</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Filter: type any text (Ctrl+F)</source>
        <translation>Filter: type any text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>Show sensitive fields</translation>
    </message>
    <message>
        <source>Show or hide phone numbers, salaries and other sensitive fields (Ctrl+Shift+H). Showing them is recorded in the audit log.</source>
        <translation>Show or hide phone numbers, salaries and other sensitive fields (Ctrl+Shift+H). Showing them is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>{n} rows loaded</source>
        <translation>{n} rows loaded</translation>
    </message>
    <message>
        <source>{n} of {total} rows</source>
        <translation>{n} of {total} rows</translation>
    </message>
    <message>
        <source>Total {column}: {sum}</source>
        <translation>Total {column}: {sum}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>Skill grade</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Post salary</source>
        <translation>Post salary</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Database role</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator (database role)</source>
        <translation>Operator (database role)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>Old values</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>New values</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client address</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Aftersales — Log in</source>
        <translation>Aftersales — Log in</translation>
    </message>
    <message>
        <source>Aftersales service management</source>
        <translation>Aftersales service management</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>e.g. clerk</source>
        <translation>e.g. clerk</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>This PC — demo data</source>
        <translation>This PC — demo data</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>⚠ This connection does not verify the server&apos;s certificate (TLS mode {mode}). Over a VPN or the internet, ask your administrator for the server&apos;s root certificate and use verify-full.</source>
        <translation>⚠ This connection does not verify the server&apos;s certificate (TLS mode {mode}). Over a VPN or the internet, ask your administrator for the server&apos;s root certificate and use verify-full.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the connection profile “{name}”?</source>
        <translation>Delete the connection profile “{name}”?</translation>
    </message>
    <message>
        <source>Demo operator</source>
        <translation>Demo operator</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>permissions</comment>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Click an operator to fill in the login; double-click to log in at once.</source>
        <translation>Click an operator to fill in the login; double-click to log in at once.</translation>
    </message>
    <message>
        <source>This PC has no Aftersales database yet. It will be created now, with the administrator “admin”.
Choose the administrator&apos;s password:</source>
        <translation>This PC has no Aftersales database yet. It will be created now, with the administrator “admin”.
Choose the administrator&apos;s password:</translation>
    </message>
    <message>
        <source>Enter your operator code.</source>
        <translation>Enter your operator code.</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The operator code or the password is wrong. (The server does not say which, so that nobody can probe for operator codes.)</source>
        <translation>The operator code or the password is wrong. (The server does not say which, so that nobody can probe for operator codes.)</translation>
    </message>
    <message>
        <source>This operator may not log in: it is disabled or its password has expired. Ask your administrator.</source>
        <translation>This operator may not log in: it is disabled or its password has expired. Ask your administrator.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {where}. Check the network or VPN, and that the server is running.</source>
        <translation>Cannot reach the server at {where}. Check the network or VPN, and that the server is running.</translation>
    </message>
    <message>
        <source>The server has no database “{db}”. Check the connection profile.</source>
        <translation>The server has no database “{db}”. Check the connection profile.</translation>
    </message>
    <message>
        <source>The server refused this operator for “{db}”. Ask your administrator to allow this computer and operator.</source>
        <translation>The server refused this operator for “{db}”. Ask your administrator to allow this computer and operator.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {where} failed. Check the profile&apos;s TLS mode and root certificate.</source>
        <translation>The secure (TLS) connection to {where} failed. Check the profile&apos;s TLS mode and root certificate.</translation>
    </message>
    <message>
        <source>Could not log in.</source>
        <translation>Could not log in.</translation>
    </message>
    <message>
        <source>Server said: {detail}</source>
        <translation>Server said: {detail}</translation>
    </message>
    <message>
        <source>Set up this PC</source>
        <translation>Set up this PC</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>Type the password again:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Departments and staff</source>
        <translation>Departments and staff</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer devices</source>
        <translation>Customer devices</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Customer grades</source>
        <translation>Customer grades</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Products and parts</source>
        <translation>Products and parts</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Product categories</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Basic settings</source>
        <translation>Basic settings</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Engineers and regions</source>
        <translation>Engineers and regions</translation>
    </message>
    <message>
        <source>Service outlets</source>
        <translation>Service outlets</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Warehouses</translation>
    </message>
    <message>
        <source>Warehouse kinds</source>
        <translation>Warehouse kinds</translation>
    </message>
    <message>
        <source>Work types</source>
        <translation>Work types</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>Rewards and penalties</translation>
    </message>
    <message>
        <source>Overdue rules</source>
        <translation>Overdue rules</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>Dictionaries</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Profiles and permissions</source>
        <translation>Profiles and permissions</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Aftersales — {branch} — {operator}</source>
        <translation>Aftersales — {branch} — {operator}</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This tab has changes that are not saved. Close it anyway?</source>
        <translation>This tab has changes that are not saved. Close it anyway?</translation>
    </message>
    <message>
        <source>Open the home tab</source>
        <translation>Open the home tab</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the current tab again from the server</source>
        <translation>Read the current tab again from the server</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>Show or hide the navigator</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out and show the login again</source>
        <translation>Log out and show the login again</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export every row the filter selects to Excel</source>
        <translation>Export every row the filter selects to Excel</translation>
    </message>
    <message>
        <source>Export every row the filter selects to Excel (Ctrl+E)</source>
        <translation>Export every row the filter selects to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>This tab has nothing to export</source>
        <translation>This tab has nothing to export</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Refreshed.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <source>About Aftersales</source>
        <translation>About Aftersales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aftersales&lt;/b&gt; {version}&lt;br&gt;After-sales service management.&lt;br&gt;&lt;br&gt;Database: {database} (schema {schema})&lt;br&gt;Server: {server}, PostgreSQL {pg}&lt;br&gt;Logged in as {role}</source>
        <translation>&lt;b&gt;Aftersales&lt;/b&gt; {version}&lt;br&gt;After-sales service management.&lt;br&gt;&lt;br&gt;Database: {database} (schema {schema})&lt;br&gt;Server: {server}, PostgreSQL {pg}&lt;br&gt;Logged in as {role}</translation>
    </message>
    <message>
        <source>Operator: {code} {name}</source>
        <translation>Operator: {code} {name}</translation>
    </message>
    <message>
        <source>Branch: {branch}</source>
        <translation>Branch: {branch}</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>● Connected · {ms} ms</source>
        <translation>● Connected · {ms} ms</translation>
    </message>
    <message>
        <source>Round trip to the server, measured every 30 s</source>
        <translation>Round trip to the server, measured every 30 s</translation>
    </message>
    <message>
        <source>● Connection lost</source>
        <translation>● Connection lost</translation>
    </message>
    <message>
        <source>The next action will try to reconnect.</source>
        <translation>The next action will try to reconnect.</translation>
    </message>
    <message>
        <source>Some tabs have changes that are not saved. Leave anyway?</source>
        <translation>Some tabs have changes that are not saved. Leave anyway?</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Import customers from Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows need correcting first.</source>
        <translation>Nothing was imported: {n} rows need correcting first.</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>Row {row}: {what}</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Imported {n} customers.</source>
        <translation>Imported {n} customers.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Customer devices</source>
        <translation>Customer devices</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <source>Where bought</source>
        <translation>Where bought</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Warranty until</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Customer grades</source>
        <translation>Customer grades</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Products and parts</source>
        <translation>Products and parts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Spare part</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Warranty (months)</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Product categories</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Service outlets</source>
        <translation>Service outlets</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Outlet&apos;s share</source>
        <translation>Outlet&apos;s share</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Per job</source>
        <translation>Per job</translation>
    </message>
    <message>
        <source>Regions served</source>
        <translation>Regions served</translation>
    </message>
    <message>
        <source>Engineers and regions</source>
        <translation>Engineers and regions</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>Skill grade</translation>
    </message>
    <message>
        <source>Warehouse kinds</source>
        <translation>Warehouse kinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Warehouses</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Work types</source>
        <translation>Work types</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>Standard fee</source>
        <translation>Standard fee</translation>
    </message>
    <message>
        <source>Commission: repair</source>
        <translation>Commission: repair</translation>
    </message>
    <message>
        <source>Commission: installation</source>
        <translation>Commission: installation</translation>
    </message>
    <message>
        <source>Commission: outsourced</source>
        <translation>Commission: outsourced</translation>
    </message>
    <message>
        <source>Time limit (hours)</source>
        <translation>Time limit (hours)</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>Rewards and penalties</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount (+ reward, − penalty)</source>
        <translation>Amount (+ reward, − penalty)</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>Outsourced</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>Overdue rules</source>
        <translation>Overdue rules</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <source>Allowed (hours)</source>
        <translation>Allowed (hours)</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>Dictionaries</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Times used</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>New operator</translation>
    </message>
    <message>
        <source>Operator {code}</source>
        <translation>Operator {code}</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>May log in</translation>
    </message>
    <message>
        <source>Operator &amp;code:</source>
        <translation>Operator &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>First &amp;password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>The operator must choose a new password at first login.</source>
        <translation>The operator must choose a new password at first login.</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Choose the employee.</translation>
    </message>
    <message>
        <source>Give the operator at least one profile.</source>
        <translation>Give the operator at least one profile.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Operator {code} created.</source>
        <translation>Operator {code} created.</translation>
    </message>
    <message>
        <source>Operator {code} saved.</source>
        <translation>Operator {code} saved.</translation>
    </message>
    <message>
        <source>Temporary password for {code} (they must change it at next login):</source>
        <translation>Temporary password for {code} (they must change it at next login):</translation>
    </message>
    <message>
        <source>The password of {code} was reset.</source>
        <translation>The password of {code} was reset.</translation>
    </message>
</context>
<context>
    <name>OrgTreeTab</name>
    <message>
        <source>Department / employee</source>
        <translation>Department / employee</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>Skill grade</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
</context>
<context>
    <name>PagedQueryModel</name>
    <message>
        <source>Hidden: a sensitive field</source>
        <translation>Hidden: a sensitive field</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator. Choose your own password before you continue.</source>
        <translation>Your password was reset by an administrator. Choose your own password before you continue.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>New password &amp;again:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Edit branches, departments and employees</source>
        <translation>Edit branches, departments and employees</translation>
    </message>
    <message>
        <source>Edit customers, their devices, complaints and consultations</source>
        <translation>Edit customers, their devices, complaints and consultations</translation>
    </message>
    <message>
        <source>Edit products, spare parts, categories and brands</source>
        <translation>Edit products, spare parts, categories and brands</translation>
    </message>
    <message>
        <source>Edit basic settings: regions, outlets, customer grades, warehouses, work types, rewards, penalties, overdue rules and dictionaries</source>
        <translation>Edit basic settings: regions, outlets, customer grades, warehouses, work types, rewards, penalties, overdue rules and dictionaries</translation>
    </message>
    <message>
        <source>Show phone numbers</source>
        <translation>Show phone numbers</translation>
    </message>
    <message>
        <source>Show customers&apos; addresses</source>
        <translation>Show customers&apos; addresses</translation>
    </message>
    <message>
        <source>Show and change salaries</source>
        <translation>Show and change salaries</translation>
    </message>
    <message>
        <source>Show cost prices</source>
        <translation>Show cost prices</translation>
    </message>
    <message>
        <source>Work with every branch&apos;s records</source>
        <translation>Work with every branch&apos;s records</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <source>Administer operators and profiles</source>
        <translation>Administer operators and profiles</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Counter clerk</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Warehouse keeper</source>
        <translation>Warehouse keeper</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation>optional: a name from pg_service.conf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>default: from the database name</source>
        <translation>default: from the database name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation>TLS &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Root certificate:</translation>
    </message>
    <message>
        <source>&amp;Channel binding:</source>
        <translation>&amp;Channel binding:</translation>
    </message>
    <message>
        <source>Ro&amp;le prefix:</source>
        <translation>Ro&amp;le prefix:</translation>
    </message>
    <message>
        <source>Root certificate of the server</source>
        <translation>Root certificate of the server</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>⚠ This profile does not verify the server&apos;s certificate: on a remote network someone could pose as the server. Use verify-full with the server&apos;s root certificate.</source>
        <translation>⚠ This profile does not verify the server&apos;s certificate: on a remote network someone could pose as the server. Use verify-full with the server&apos;s root certificate.</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Enter a name for this profile.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>A profile with this name exists already.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name, or a service name.</source>
        <translation>Enter the server&apos;s host name, or a service name.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Enter the database name.</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the profiles (Ctrl+S)</source>
        <translation>Save the profiles (Ctrl+S)</translation>
    </message>
    <message>
        <source>Each column is a profile; tick what its operators may do. Operators get the sum of their profiles. Changes take effect at their next login.</source>
        <translation>Each column is a profile; tick what its operators may do. Operators get the sum of their profiles. Changes take effect at their next login.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the full value (recorded in the audit log)</source>
        <translation>Show the full value (recorded in the audit log)</translation>
    </message>
</context>
</TS>
