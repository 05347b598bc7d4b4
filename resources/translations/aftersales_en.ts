<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessoriesField</name>
    <message>
        <source>Pick or type, Enter adds</source>
        <extracomment>The stamp&apos;s ink per status: calm for waiting, blue at work, amber and red for trouble, green when done.</extracomment>
        <translation>Pick or type, Enter adds</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Remove {item}</translation>
    </message>
</context>
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
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Engineer&apos;s region</source>
        <translation>Engineer&apos;s region</translation>
    </message>
    <message>
        <source>Service outlet</source>
        <translation>Service outlet</translation>
    </message>
    <message>
        <source>Outlet&apos;s region</source>
        <translation>Outlet&apos;s region</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>Customer grade</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer device</source>
        <translation>Customer device</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Warehouse kind</source>
        <translation>Warehouse kind</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>Reward or penalty item</source>
        <translation>Reward or penalty item</translation>
    </message>
    <message>
        <source>Overdue rule</source>
        <translation>Overdue rule</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation>Dictionary entry</translation>
    </message>
    <message>
        <source>Stock slip</source>
        <translation>Stock slip</translation>
    </message>
    <message>
        <source>Stock slip line</source>
        <translation>Stock slip line</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Part used on an order</source>
        <translation>Part used on an order</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Customer notification</source>
        <translation>Customer notification</translation>
    </message>
    <message>
        <source>Order printout</source>
        <translation>Order printout</translation>
    </message>
    <message>
        <source>Parts pre-order</source>
        <translation>Parts pre-order</translation>
    </message>
    <message>
        <source>Dispatch slip</source>
        <translation>Dispatch slip</translation>
    </message>
    <message>
        <source>Engineer&apos;s share of a dispatch</source>
        <translation>Engineer&apos;s share of a dispatch</translation>
    </message>
    <message>
        <source>Part taken off on site</source>
        <translation>Part taken off on site</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when}.</source>
        <translation>Last changed by {who} at {when}.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
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
        <source>&amp;History ({n})</source>
        <translation>&amp;History ({n})</translation>
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
    <name>CustomerSearch</name>
    <message>
        <source>Phone number, name, code, pinyin or serial number</source>
        <translation>Phone number, name, code, pinyin or serial number</translation>
    </message>
    <message>
        <source>Type a whole phone number, a name or its pinyin initials, a customer code or a device&apos;s serial number; F4 searches</source>
        <translation>Type a whole phone number, a name or its pinyin initials, a customer code or a device&apos;s serial number; F4 searches</translation>
    </message>
    <message>
        <source>Serial {serial} · {product}</source>
        <extracomment>The devices the last serial search found, by owner.</extracomment>
        <translation>Serial {serial} · {product}</translation>
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
    <name>Dispatch</name>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Re-dispatched</source>
        <translation>Re-dispatched</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>{d} d {h} h</source>
        <extracomment>The widest a column is made when the board is first filled (px).</extracomment>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <extracomment>How often the board reads itself again while shown (ms).</extracomment>
        <translation>Dispatch board</translation>
    </message>
    <message>
        <source>Read only: you may not dispatch.</source>
        <translation>Read only: you may not dispatch.</translation>
    </message>
    <message>
        <source>Filter: number, customer, product, fault, region, engineer (Ctrl+F)</source>
        <translation>Filter: number, customer, product, fault, region, engineer (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Undispatched only</source>
        <translation>&amp;Undispatched only</translation>
    </message>
    <message>
        <source>Hide the orders that are out with someone</source>
        <translation>Hide the orders that are out with someone</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the board again (F5); it also reads itself every minute</source>
        <translation>Read the board again (F5); it also reads itself every minute</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <source>Send the order to the selected engineer or outlet (Enter, or drag the order onto them)</source>
        <translation>Send the order to the selected engineer or outlet (Enter, or drag the order onto them)</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>Re-dispatch…</translation>
    </message>
    <message>
        <source>Give the slip that is out to someone else, saying why</source>
        <translation>Give the slip that is out to someone else, saying why</translation>
    </message>
    <message>
        <source>Change appointment…</source>
        <translation>Change appointment…</translation>
    </message>
    <message>
        <source>A new appointment time for the slip that is out</source>
        <translation>A new appointment time for the slip that is out</translation>
    </message>
    <message>
        <source>Open slip</source>
        <translation>Open slip</translation>
    </message>
    <message>
        <source>Open the dispatch slip of the order (Enter on an order that is out)</source>
        <translation>Open the dispatch slip of the order (Enter on an order that is out)</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Open order</translation>
    </message>
    <message>
        <source>Open the service order</source>
        <translation>Open the service order</translation>
    </message>
    <message>
        <source>Select an order to see who can go.</source>
        <translation>Select an order to see who can go.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>Read at {time}</source>
        <translation>Read at {time}</translation>
    </message>
    <message>
        <source>The board could not be read: {problem}</source>
        <translation>The board could not be read: {problem}</translation>
    </message>
    <message>
        <source>Region / order</source>
        <translation>Region / order</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Out with</source>
        <translation>Out with</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>No region</translation>
    </message>
    <message>
        <source>{name}  ({total}, {waiting} to dispatch)</source>
        <translation>{name}  ({total}, {waiting} to dispatch)</translation>
    </message>
    <message>
        <source>{number} · {status}
{customer} {phone}
{address}
{product} {model}</source>
        <translation>{number} · {status}
{customer} {phone}
{address}
{product} {model}</translation>
    </message>
    <message>
        <source>Past the promised time</source>
        <translation>Past the promised time</translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <source>Slip {slip}, appointment {when}</source>
        <translation>Slip {slip}, appointment {when}</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation>Received {when}</translation>
    </message>
    <message>
        <source>{shown} of {total} orders shown; {waiting} to dispatch.</source>
        <translation>{shown} of {total} orders shown; {waiting} to dispatch.</translation>
    </message>
    <message>
        <source>{total} open on-site orders; {waiting} to dispatch.</source>
        <translation>{total} open on-site orders; {waiting} to dispatch.</translation>
    </message>
    <message>
        <source>No open on-site orders.</source>
        <translation>No open on-site orders.</translation>
    </message>
    <message>
        <source>no region given: anyone may go</source>
        <translation>no region given: anyone may go</translation>
    </message>
    <message>
        <source>Who can go to {number} ({where}):</source>
        <translation>Who can go to {number} ({where}):</translation>
    </message>
    <message>
        <source>{name} (has the slip)</source>
        <translation>{name} (has the slip)</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>Nobody serves this region. Link an engineer (Engineers and regions) or an outlet (Service outlets) to it or to a region above it.</source>
        <translation>Nobody serves this region. Link an engineer (Engineers and regions) or an outlet (Service outlets) to it or to a region above it.</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Select an order first.</translation>
    </message>
    <message>
        <source>Already out: re-dispatch it or change the appointment.</source>
        <translation>Already out: re-dispatch it or change the appointment.</translation>
    </message>
    <message>
        <source>Nobody serves this order&apos;s region.</source>
        <translation>Nobody serves this order&apos;s region.</translation>
    </message>
    <message>
        <source>Not out with anyone yet.</source>
        <translation>Not out with anyone yet.</translation>
    </message>
    <message>
        <source>You may not dispatch on-site work.</source>
        <translation>You may not dispatch on-site work.</translation>
    </message>
    <message>
        <source>That order is not on the board (any more): read it again with F5.</source>
        <translation>That order is not on the board (any more): read it again with F5.</translation>
    </message>
    <message>
        <source>{who} does not serve the region of {number}.</source>
        <translation>{who} does not serve the region of {number}.</translation>
    </message>
    <message>
        <source>Dispatched {order} to {who} for {when} (slip {slip}).</source>
        <translation>Dispatched {order} to {who} for {when} (slip {slip}).</translation>
    </message>
    <message>
        <source>Re-dispatched {order} to {who} for {when} (slip {slip}).</source>
        <translation>Re-dispatched {order} to {who} for {when} (slip {slip}).</translation>
    </message>
    <message>
        <source>New appointment for {order} with {who}: {when} (slip {slip}).</source>
        <translation>New appointment for {order} with {who}: {when} (slip {slip}).</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch {number}</source>
        <extracomment>How far back and ahead an appointment may be typed (the field keeps to it).</extracomment>
        <translation>Dispatch {number}</translation>
    </message>
    <message>
        <source>Re-dispatch {number}</source>
        <translation>Re-dispatch {number}</translation>
    </message>
    <message>
        <source>Change the appointment of {number}</source>
        <translation>Change the appointment of {number}</translation>
    </message>
    <message>
        <source>Why someone else goes (required)</source>
        <translation>Why someone else goes (required)</translation>
    </message>
    <message>
        <source>For the engineer or outlet (optional)</source>
        <translation>For the engineer or outlet (optional)</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Re-dispatch</source>
        <translation>Re-dispatch</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>Change appointment</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Send to:</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Appointment:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Nobody serves this customer&apos;s region: link an engineer or an outlet to it first.</source>
        <translation>Nobody serves this customer&apos;s region: link an engineer or an outlet to it first.</translation>
    </message>
    <message>
        <source>Out with {who} for {when} (slip {slip})</source>
        <translation>Out with {who} for {when} (slip {slip})</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>{kind} {name} · {n} out</source>
        <translation>{kind} {name} · {n} out</translation>
    </message>
    <message>
        <source>today {times}</source>
        <translation>today {times}</translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation>This time has already passed.</translation>
    </message>
    <message>
        <source>Slip {slip} is no longer out (completed or re-dispatched meanwhile).</source>
        <translation>Slip {slip} is no longer out (completed or re-dispatched meanwhile).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>(The board is read again when this dialog closes.)</source>
        <translation>(The board is read again when this dialog closes.)</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <source>Dispatch slip</source>
        <extracomment>Where the parts taken off go by default: the branch&apos;s scrap store.</extracomment>
        <translation>Dispatch slip</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the parts taken along (stock moves with them)</source>
        <translation>Save the parts taken along (stock moves with them)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the slip for the engineer to take along</source>
        <translation>Print the slip for the engineer to take along</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>Re-dispatch…</translation>
    </message>
    <message>
        <source>Give the slip to someone else, saying why</source>
        <translation>Give the slip to someone else, saying why</translation>
    </message>
    <message>
        <source>Change appointment…</source>
        <translation>Change appointment…</translation>
    </message>
    <message>
        <source>A new appointment time (or note) for this slip</source>
        <translation>A new appointment time (or note) for this slip</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the slip again (F5)</source>
        <translation>Read the slip again (F5)</translation>
    </message>
    <message>
        <source>Open the service order</source>
        <translation>Open the service order</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Engineer:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>Fault:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Dispatched:</source>
        <translation>Dispatched:</translation>
    </message>
    <message>
        <source>&amp;Parts taken along</source>
        <translation>&amp;Parts taken along</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>&amp;Completion</translation>
    </message>
    <message>
        <source>What was done on site</source>
        <translation>What was done on site</translation>
    </message>
    <message>
        <source>&amp;Signed completion slip came back</source>
        <translation>&amp;Signed completion slip came back</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>&amp;Work done:</translation>
    </message>
    <message>
        <source>&amp;Arrived:</source>
        <translation>&amp;Arrived:</translation>
    </message>
    <message>
        <source>&amp;Finished:</source>
        <translation>&amp;Finished:</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>Add engineer</source>
        <translation>Add engineer</translation>
    </message>
    <message>
        <source>Remove engineer</source>
        <translation>Remove engineer</translation>
    </message>
    <message>
        <source>Engineers&apos; shares:</source>
        <translation>Engineers&apos; shares:</translation>
    </message>
    <message>
        <source>Part taken off</source>
        <translation>Part taken off</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Into warehouse</source>
        <translation>Into warehouse</translation>
    </message>
    <message>
        <source>Why faulty</source>
        <translation>Why faulty</translation>
    </message>
    <message>
        <source>Stock slip</source>
        <translation>Stock slip</translation>
    </message>
    <message>
        <source>Add part taken off</source>
        <translation>Add part taken off</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Parts taken off the device:</source>
        <translation>Parts taken off the device:</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>Record the completion: the order becomes ready for settlement</source>
        <translation>Record the completion: the order becomes ready for settlement</translation>
    </message>
    <message>
        <source>Reading the slip…</source>
        <translation>Reading the slip…</translation>
    </message>
    <message>
        <source>This slip is no longer out; it was read again.</source>
        <translation>This slip is no longer out; it was read again.</translation>
    </message>
    <message>
        <source>Re-dispatched as slip {number}.</source>
        <translation>Re-dispatched as slip {number}.</translation>
    </message>
    <message>
        <source>&amp;Parts taken along ({n})</source>
        <translation>&amp;Parts taken along ({n})</translation>
    </message>
    <message>
        <source>Order: {status}</source>
        <translation>Order: {status}</translation>
    </message>
    <message>
        <source>Replaces slip {number} because: {reason}</source>
        <translation>Replaces slip {number} because: {reason}</translation>
    </message>
    <message>
        <source>Replaced by slip {number} on {when} because: {reason}</source>
        <translation>Replaced by slip {number} on {when} because: {reason}</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>SN {serial}</translation>
    </message>
    <message>
        <source>Service outlet:</source>
        <translation>Service outlet:</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <source>Total: {total}%</source>
        <translation>Total: {total}%</translation>
    </message>
    <message>
        <source>Outlet fee: ¥{fee}</source>
        <translation>Outlet fee: ¥{fee}</translation>
    </message>
    <message>
        <source>The outlet is paid its fee for the work type done.</source>
        <translation>The outlet is paid its fee for the work type done.</translation>
    </message>
    <message>
        <source>Outlet fee on completion: ¥{fee} (standard fee ¥{standard} × {ratio})</source>
        <translation>Outlet fee on completion: ¥{fee} (standard fee ¥{standard} × {ratio})</translation>
    </message>
    <message>
        <source>Double-click to open the stock slip</source>
        <translation>Double-click to open the stock slip</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Save the parts taken along first (Ctrl+S).</source>
        <translation>Save the parts taken along first (Ctrl+S).</translation>
    </message>
    <message>
        <source>Completed: the order is ready for settlement.</source>
        <translation>Completed: the order is ready for settlement.</translation>
    </message>
    <message>
        <source>Recorded: the signed slip came back.</source>
        <translation>Recorded: the signed slip came back.</translation>
    </message>
    <message>
        <source>Recorded: the signed slip has not come back.</source>
        <translation>Recorded: the signed slip has not come back.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>Not done: {problem}</translation>
    </message>
    <message>
        <source>(Refresh with F5.)</source>
        <translation>(Refresh with F5.)</translation>
    </message>
    <message>
        <source>The printout shows the parts as saved: save them first (Ctrl+S).</source>
        <translation>The printout shows the parts as saved: save them first (Ctrl+S).</translation>
    </message>
    <message>
        <source>The parts taken along change only while the slip is out and its order open.</source>
        <translation>The parts taken along change only while the slip is out and its order open.</translation>
    </message>
    <message>
        <source>Tick when the completion slip signed by the customer is back in the office</source>
        <translation>Tick when the completion slip signed by the customer is back in the office</translation>
    </message>
    <message>
        <source>Dispatch {number}</source>
        <translation>Dispatch {number}</translation>
    </message>
</context>
<context>
    <name>DispatchLists</name>
    <message>
        <source>Open slip</source>
        <extracomment>False until a subclass has set its conditions: the list reads once, not twice.</extracomment>
        <translation>Open slip</translation>
    </message>
    <message>
        <source>Open the dispatch slip (Enter or double-click)</source>
        <translation>Open the dispatch slip (Enter or double-click)</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Open order</translation>
    </message>
    <message>
        <source>Open the service order of the slip</source>
        <translation>Open the service order of the slip</translation>
    </message>
    <message>
        <source>Slip No.</source>
        <translation>Slip No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Region</source>
        <translation>Region</translation>
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
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Engineer or outlet</source>
        <translation>Engineer or outlet</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>Dispatched by</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Work type done</source>
        <translation>Work type done</translation>
    </message>
    <message>
        <source>Signed slip back</source>
        <translation>Signed slip back</translation>
    </message>
    <message>
        <source>Outlet fee</source>
        <translation>Outlet fee</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Re-dispatched because</source>
        <translation>Re-dispatched because</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>The status box&apos;s presets beyond one status: (code, what it selects).</extracomment>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Completed, signed slip not back</source>
        <translation>Completed, signed slip not back</translation>
    </message>
    <message>
        <source>Out past the appointment</source>
        <translation>Out past the appointment</translation>
    </message>
    <message>
        <source>Engineers and outlets</source>
        <translation>Engineers and outlets</translation>
    </message>
    <message>
        <source>Signed slip: either</source>
        <translation>Signed slip: either</translation>
    </message>
    <message>
        <source>Signed slip not back</source>
        <translation>Signed slip not back</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>Any outlet</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Engineer: code, name or pinyin</source>
        <translation>Engineer: code, name or pinyin</translation>
    </message>
    <message>
        <source>By date:</source>
        <translation>By date:</translation>
    </message>
    <message>
        <source>Only the slips of these days</source>
        <translation>Only the slips of these days</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>Appointment from</translation>
    </message>
    <message>
        <source>Completed from</source>
        <translation>Completed from</translation>
    </message>
    <message>
        <source>Clear conditions</source>
        <translation>Clear conditions</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{what} {since} to {until}</source>
        <translation>{what} {since} to {until}</translation>
    </message>
    <message>
        <source>engineer {name}</source>
        <translation>engineer {name}</translation>
    </message>
    <message>
        <source>Every dispatch slip</source>
        <translation>Every dispatch slip</translation>
    </message>
    <message>
        <source>Conditions: {list}</source>
        <translation>Conditions: {list}</translation>
    </message>
    <message>
        <source>Dispatch slips</source>
        <translation>Dispatch slips</translation>
    </message>
    <message>
        <source>{outlet} (inactive)</source>
        <translation>{outlet} (inactive)</translation>
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
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Standard fee</source>
        <translation>Standard fee</translation>
    </message>
    <message>
        <source>Outlet&apos;s share</source>
        <translation>Outlet&apos;s share</translation>
    </message>
    <message>
        <source>Fee owed</source>
        <translation>Fee owed</translation>
    </message>
    <message>
        <source>Terms changed since</source>
        <translation>Terms changed since</translation>
    </message>
    <message>
        <source>Finished on site</source>
        <translation>Finished on site</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Outlet code</source>
        <translation>Outlet code</translation>
    </message>
    <message>
        <source>Every outlet</source>
        <translation>Every outlet</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Outlet:</translation>
    </message>
    <message>
        <source>Terms: {ratio} of the standard fee, settled {cycle}</source>
        <translation>Terms: {ratio} of the standard fee, settled {cycle}</translation>
    </message>
    <message>
        <source>{outlet}, completed {since} to {until}</source>
        <translation>{outlet}, completed {since} to {until}</translation>
    </message>
    <message>
        <source>Outlet statement</source>
        <translation>Outlet statement</translation>
    </message>
    <message>
        <source>Summary by outlet</source>
        <translation>Summary by outlet</translation>
    </message>
    <message>
        <source>Jobs and fees of each outlet, under the list</source>
        <translation>Jobs and fees of each outlet, under the list</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>The statement as an Excel workbook, with its total</source>
        <translation>The statement as an Excel workbook, with its total</translation>
    </message>
    <message>
        <source>{jobs} jobs    Standard fees: {standard}    Owed to the outlet: {owed}</source>
        <translation>{jobs} jobs    Standard fees: {standard}    Owed to the outlet: {owed}</translation>
    </message>
    <message>
        <source>({n} loaded: scroll for more)</source>
        <translation>({n} loaded: scroll for more)</translation>
    </message>
    <message>
        <source>Total: {n} jobs</source>
        <translation>Total: {n} jobs</translation>
    </message>
    <message>
        <source>Out</source>
        <extracomment>What the screens call each code (context &quot;DispatchLists&quot;).</extracomment>
        <translation>Out</translation>
    </message>
    <message>
        <source>Re-dispatched</source>
        <translation>Re-dispatched</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Service outlet</source>
        <translation>Service outlet</translation>
    </message>
</context>
<context>
    <name>DispatchSlip</name>
    <message>
        <source>Dispatch slip</source>
        <translation>Dispatch slip</translation>
    </message>
    <message>
        <source>Slip No.</source>
        <translation>Slip No.</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Order {number}</translation>
    </message>
    <message>
        <source>Dispatched {when} by {who}</source>
        <translation>Dispatched {when} by {who}</translation>
    </message>
    <message>
        <source>Service outlet</source>
        <translation>Service outlet</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Replaces slip</source>
        <translation>Replaces slip</translation>
    </message>
    <message>
        <source>{number}, because: {reason}</source>
        <translation>{number}, because: {reason}</translation>
    </message>
    <message>
        <source>Replaced by slip {number}, because: {reason}</source>
        <translation>Replaced by slip {number}, because: {reason}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>No parts taken along</source>
        <translation>No parts taken along</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Finished at</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Engineers&apos; shares</source>
        <translation>Engineers&apos; shares</translation>
    </message>
    <message>
        <source>Faulty from the supplier / damaged by us</source>
        <translation>Faulty from the supplier / damaged by us</translation>
    </message>
    <message>
        <source>No parts taken off</source>
        <translation>No parts taken off</translation>
    </message>
    <message>
        <source>Please check the work before signing: by signing you confirm that it was done as written above. The office settles the parts and the work with you; parts under warranty are free.</source>
        <translation>Please check the work before signing: by signing you confirm that it was done as written above. The office settles the parts and the work with you; parts under warranty are free.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Parts taken along</source>
        <translation>Parts taken along</translation>
    </message>
    <message>
        <source>Completion (filled in on site)</source>
        <translation>Completion (filled in on site)</translation>
    </message>
    <message>
        <source>Parts taken off the device</source>
        <translation>Parts taken off the device</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Customer signature</translation>
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
        <source>Select the entries to merge, and the one to keep as the current row.</source>
        <translation>Select the entries to merge, and the one to keep as the current row.</translation>
    </message>
    <message>
        <source>Some of these entries no longer exist; refresh the list.</source>
        <translation>Some of these entries no longer exist; refresh the list.</translation>
    </message>
    <message>
        <source>Only entries of the same dictionary can be merged.</source>
        <translation>Only entries of the same dictionary can be merged.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>“{name}” is already in this dictionary; merge the two entries instead.</source>
        <translation>“{name}” is already in this dictionary; merge the two entries instead.</translation>
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
        <source>{column} “{value}” holds control characters</source>
        <translation>{column} “{value}” holds control characters</translation>
    </message>
    <message>
        <source>{column} “{value}” looks like a formula; type the text itself</source>
        <translation>{column} “{value}” looks like a formula; type the text itself</translation>
    </message>
    <message>
        <source>{column} “{value}” is longer than {n} characters</source>
        <translation>{column} “{value}” is longer than {n} characters</translation>
    </message>
    <message>
        <source>{column} “{value}” is masked: export the list with the sensitive fields shown, or clear the cell</source>
        <translation>{column} “{value}” is masked: export the list with the sensitive fields shown, or clear the cell</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a phone number: 11-digit mobile, or a landline with its area code (010-12345678)</source>
        <translation>{column} “{value}” is not a phone number: 11-digit mobile, or a landline with its area code (010-12345678)</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a number</source>
        <translation>{column} “{value}” is not a number</translation>
    </message>
    <message>
        <source>{column} “{value}” is negative</source>
        <translation>{column} “{value}” is negative</translation>
    </message>
    <message>
        <source>{column} “{value}” is too large</source>
        <translation>{column} “{value}” is too large</translation>
    </message>
    <message>
        <source>{column} “{value}” has more than {n} decimals</source>
        <translation>{column} “{value}” has more than {n} decimals</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number from {low} to {high}</source>
        <translation>{column} “{value}” is not a whole number from {low} to {high}</translation>
    </message>
    <message>
        <source>{column} “{value}” is neither yes nor no (是/否, 1/0, ✓)</source>
        <translation>{column} “{value}” is neither yes nor no (是/否, 1/0, ✓)</translation>
    </message>
    <message>
        <source>Your profile may not add customers.</source>
        <translation>Your profile may not add customers.</translation>
    </message>
    <message>
        <source>Your profile may not add products.</source>
        <translation>Your profile may not add products.</translation>
    </message>
    <message>
        <source>Your profile may not add employees.</source>
        <translation>Your profile may not add employees.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{file} is not an Excel workbook (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read: {reason}</source>
        <translation>{file} is damaged and cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The first sheet of {file} is empty.</source>
        <translation>The first sheet of {file} is empty.</translation>
    </message>
    <message>
        <source>The column “{column}” appears twice in the first row.</source>
        <translation>The column “{column}” appears twice in the first row.</translation>
    </message>
    <message>
        <source>The first row must name the columns as the list&apos;s export does; missing: {columns}.</source>
        <translation>The first row must name the columns as the list&apos;s export does; missing: {columns}.</translation>
    </message>
    <message>
        <source>{file} has more than {n} rows; split it into smaller files.</source>
        <translation>{file} has more than {n} rows; split it into smaller files.</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} is empty</translation>
    </message>
    <message>
        <source>{file} has no rows below the column titles.</source>
        <translation>{file} has no rows below the column titles.</translation>
    </message>
    <message>
        <source>Your profile may not see the column “{column}”, so it may not import it: remove the column from the file, or ask for the permission to see it.</source>
        <translation>Your profile may not see the column “{column}”, so it may not import it: remove the column from the file, or ask for the permission to see it.</translation>
    </message>
    <message>
        <source>{column} “{value}” is not in “{scope}”</source>
        <translation>{column} “{value}” is not in “{scope}”</translation>
    </message>
    <message>
        <source>{column} “{value}” is unknown</source>
        <translation>{column} “{value}” is unknown</translation>
    </message>
    <message>
        <source>{column} “{value}” is in several; fill in “{other}” to say which</source>
        <translation>{column} “{value}” is in several; fill in “{other}” to say which</translation>
    </message>
    <message>
        <source>{column} “{value}” is ambiguous: several have this name</source>
        <translation>{column} “{value}” is ambiguous: several have this name</translation>
    </message>
    <message>
        <source>{column} “{value}” is in “{scope}”; your profile adds records to its own branch only</source>
        <translation>{column} “{value}” is in “{scope}”; your profile adds records to its own branch only</translation>
    </message>
    <message>
        <source>{column} “{value}” is taken already</source>
        <translation>{column} “{value}” is taken already</translation>
    </message>
    <message>
        <source>{column} “{value}” is also in row {row}</source>
        <translation>{column} “{value}” is also in row {row}</translation>
    </message>
    <message>
        <source>Someone added records with the same codes while the file was being checked. Nothing was imported; import the file again.</source>
        <translation>Someone added records with the same codes while the file was being checked. Nothing was imported; import the file again.</translation>
    </message>
    <message>
        <source>Pick one from the list (F4 searches).</source>
        <translation>Pick one from the list (F4 searches).</translation>
    </message>
    <message>
        <source>Device {n}: pick the product from the list (F4 searches).</source>
        <translation>Device {n}: pick the product from the list (F4 searches).</translation>
    </message>
    <message>
        <source>The chosen record no longer exists; choose another.</source>
        <translation>The chosen record no longer exists; choose another.</translation>
    </message>
    <message>
        <source>The list has no column {column}.</source>
        <translation>The list has no column {column}.</translation>
    </message>
    <message>
        <source>The column {column} holds sensitive data: it cannot be filtered or grouped by.</source>
        <translation>The column {column} holds sensitive data: it cannot be filtered or grouped by.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for this column.</source>
        <translation>“{value}” is not a valid value for this column.</translation>
    </message>
    <message>
        <source>Type the text the column should contain.</source>
        <translation>Type the text the column should contain.</translation>
    </message>
    <message>
        <source>A filter text may be at most {n} characters long.</source>
        <translation>A filter text may be at most {n} characters long.</translation>
    </message>
    <message>
        <source>This column cannot be filtered by a range.</source>
        <translation>This column cannot be filtered by a range.</translation>
    </message>
    <message>
        <source>Give a lower or an upper bound, or both.</source>
        <translation>Give a lower or an upper bound, or both.</translation>
    </message>
    <message>
        <source>The lower bound {low} is above the upper bound {high}.</source>
        <translation>The lower bound {low} is above the upper bound {high}.</translation>
    </message>
    <message>
        <source>The list cannot be sorted by {column}.</source>
        <translation>The list cannot be sorted by {column}.</translation>
    </message>
    <message>
        <source>Choose the region this one belongs to (only provinces have none).</source>
        <translation>Choose the region this one belongs to (only provinces have none).</translation>
    </message>
    <message>
        <source>A region lies one level under the region it belongs to (a city under a province, a district under a city).</source>
        <translation>A region lies one level under the region it belongs to (a city under a province, a district under a city).</translation>
    </message>
    <message>
        <source>A record cannot belong to itself or to one of the records under it.</source>
        <translation>A record cannot belong to itself or to one of the records under it.</translation>
    </message>
    <message>
        <source>A department belongs to a department of its own branch.</source>
        <translation>A department belongs to a department of its own branch.</translation>
    </message>
    <message>
        <source>Choose the work type or the service mode the rule applies to.</source>
        <translation>Choose the work type or the service mode the rule applies to.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>A code holds letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>A code holds letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <extracomment>Money columns of ORDERS a footer or a group summary sums. Statuses an engineer works on (the work queue). Service orders, newest first, with their fees (a ``total``/``balance`` of the customer&apos;s; ``claim`` on manufacturer-claim orders), ``overdue`` (ready and past its pick-up date) and ``late`` (still in the workshop past its promised time). Sum ORDER_SUMS in footers and group summaries. Orders ready but not collected by their pick-up date, oldest due first.</extracomment>
        <translation>Choose one of the values offered.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>At least {n}.</source>
        <translation>At least {n}.</translation>
    </message>
    <message>
        <source>At most {n}.</source>
        <translation>At most {n}.</translation>
    </message>
    <message>
        <source>At most {n} decimal places.</source>
        <translation>At most {n} decimal places.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <source>This record no longer exists: someone deleted it.</source>
        <translation>This record no longer exists: someone deleted it.</translation>
    </message>
    <message>
        <source>Someone deleted this record meanwhile.</source>
        <translation>Someone deleted this record meanwhile.</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} changed this record at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</translation>
    </message>
    <message>
        <source>Your profile does not allow changing this {record_table} (or records of another branch).</source>
        <translation>Your profile does not allow changing this {record_table} (or records of another branch).</translation>
    </message>
    <message>
        <source>Another record already has this value; it must be unique.</source>
        <translation>Another record already has this value; it must be unique.</translation>
    </message>
    <message>
        <source>This record is used: {used_table} records refer to it, so it cannot be deleted. Untick Active to hide it from new work instead.</source>
        <translation>This record is used: {used_table} records refer to it, so it cannot be deleted. Untick Active to hide it from new work instead.</translation>
    </message>
    <message>
        <source>A record this one points to no longer exists; choose again.</source>
        <translation>A record this one points to no longer exists; choose again.</translation>
    </message>
    <message>
        <source>The value is not allowed here.</source>
        <translation>The value is not allowed here.</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}</source>
        <translation>The database refused the change: {reason}</translation>
    </message>
    <message>
        <source>Line {n}: enter a quantity.</source>
        <translation>Line {n}: enter a quantity.</translation>
    </message>
    <message>
        <source>Line {n}: “{value}” is not a quantity.</source>
        <translation>Line {n}: “{value}” is not a quantity.</translation>
    </message>
    <message>
        <source>Line {n}: the quantity is too large.</source>
        <translation>Line {n}: the quantity is too large.</translation>
    </message>
    <message>
        <source>Line {n}: a quantity has at most three decimals.</source>
        <translation>Line {n}: a quantity has at most three decimals.</translation>
    </message>
    <message>
        <source>Choose the kind of slip.</source>
        <translation>Choose the kind of slip.</translation>
    </message>
    <message>
        <source>Choose a reason that fits the slip.</source>
        <translation>Choose a reason that fits the slip.</translation>
    </message>
    <message>
        <source>Find the customer.</source>
        <translation>Find the customer.</translation>
    </message>
    <message>
        <source>Choose the part.</source>
        <translation>Choose the part.</translation>
    </message>
    <message>
        <source>Choose the warehouse.</source>
        <translation>Choose the warehouse.</translation>
    </message>
    <message>
        <source>Enter a quantity more than zero.</source>
        <translation>Enter a quantity more than zero.</translation>
    </message>
    <message>
        <source>{who} changed pre-order {number} at {when}, after you opened it. Reload to see their changes.</source>
        <translation>{who} changed pre-order {number} at {when}, after you opened it. Reload to see their changes.</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>Choose the warehouse the goods go to.</translation>
    </message>
    <message>
        <source>A transfer goes to another warehouse.</source>
        <translation>A transfer goes to another warehouse.</translation>
    </message>
    <message>
        <source>Enter the slip&apos;s date.</source>
        <translation>Enter the slip&apos;s date.</translation>
    </message>
    <message>
        <source>The slip&apos;s date is in the future.</source>
        <translation>The slip&apos;s date is in the future.</translation>
    </message>
    <message>
        <source>The slip&apos;s date is too far back.</source>
        <translation>The slip&apos;s date is too far back.</translation>
    </message>
    <message>
        <source>The supplier or customer has at most {n} characters.</source>
        <translation>The supplier or customer has at most {n} characters.</translation>
    </message>
    <message>
        <source>The note has at most {n} characters.</source>
        <translation>The note has at most {n} characters.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Add at least one line.</translation>
    </message>
    <message>
        <source>A slip has at most {max} lines; this one has {n}. Split it.</source>
        <translation>A slip has at most {max} lines; this one has {n}. Split it.</translation>
    </message>
    <message>
        <source>Line {n}: choose the product.</source>
        <translation>Line {n}: choose the product.</translation>
    </message>
    <message>
        <source>Line {n}: the product is counted on line {first} already.</source>
        <translation>Line {n}: the product is counted on line {first} already.</translation>
    </message>
    <message>
        <source>Line {n}: a counted quantity cannot be negative.</source>
        <translation>Line {n}: a counted quantity cannot be negative.</translation>
    </message>
    <message>
        <source>Choose the engineer from the list.</source>
        <extracomment>(from, to) -&gt; the permission the step needs. The database holds the same table (migration 0008, ``STEP_PERMISSION``).</extracomment>
        <translation>Choose the engineer from the list.</translation>
    </message>
    <message>
        <source>There is no such step.</source>
        <translation>There is no such step.</translation>
    </message>
    <message>
        <source>Enter the promised date and time.</source>
        <translation>Enter the promised date and time.</translation>
    </message>
    <message>
        <source>An order has at most {max} part lines.</source>
        <translation>An order has at most {max} part lines.</translation>
    </message>
    <message>
        <source>A removed line is not one of the order&apos;s.</source>
        <translation>A removed line is not one of the order&apos;s.</translation>
    </message>
    <message>
        <source>Line {n}: choose the warehouse.</source>
        <translation>Line {n}: choose the warehouse.</translation>
    </message>
    <message>
        <source>Line {n}: choose the part.</source>
        <translation>Line {n}: choose the part.</translation>
    </message>
    <message>
        <source>Line {n}: the quantity must be more than zero.</source>
        <translation>Line {n}: the quantity must be more than zero.</translation>
    </message>
    <message>
        <source>Line {n}: the price is not a valid amount.</source>
        <translation>Line {n}: the price is not a valid amount.</translation>
    </message>
    <message>
        <source>Some part lines were changed or removed by someone else meanwhile; reload the order.</source>
        <translation>Some part lines were changed or removed by someone else meanwhile; reload the order.</translation>
    </message>
    <message>
        <source>Line {n}: say whether the part was faulty from the supplier or damaged in the workshop.</source>
        <translation>Line {n}: say whether the part was faulty from the supplier or damaged in the workshop.</translation>
    </message>
    <message>
        <source>Line {n}: choose the device from the list.</source>
        <translation>Line {n}: choose the device from the list.</translation>
    </message>
    <message>
        <source>Line {n}: the note has at most {max} characters.</source>
        <translation>Line {n}: the note has at most {max} characters.</translation>
    </message>
    <message>
        <source>This slip no longer exists, or belongs to another branch.</source>
        <translation>This slip no longer exists, or belongs to another branch.</translation>
    </message>
    <message>
        <source>The kind of slip {number} cannot change; make a new slip instead.</source>
        <translation>The kind of slip {number} cannot change; make a new slip instead.</translation>
    </message>
    <message>
        <source>Choose one engineer or one service outlet.</source>
        <translation>Choose one engineer or one service outlet.</translation>
    </message>
    <message>
        <source>The note has at most {max} characters.</source>
        <translation>The note has at most {max} characters.</translation>
    </message>
    <message>
        <source>The reason has at most {max} characters.</source>
        <translation>The reason has at most {max} characters.</translation>
    </message>
    <message>
        <source>Name the engineers who did the work and their shares.</source>
        <translation>Name the engineers who did the work and their shares.</translation>
    </message>
    <message>
        <source>At most {max} engineers share a job.</source>
        <translation>At most {max} engineers share a job.</translation>
    </message>
    <message>
        <source>Line {n}: choose the engineer.</source>
        <translation>Line {n}: choose the engineer.</translation>
    </message>
    <message>
        <source>Line {n}: this engineer is named twice.</source>
        <translation>Line {n}: this engineer is named twice.</translation>
    </message>
    <message>
        <source>Line {n}: a share is a percentage above 0 and at most 100, with at most two decimals.</source>
        <translation>Line {n}: a share is a percentage above 0 and at most 100, with at most two decimals.</translation>
    </message>
    <message>
        <source>The result has at most {max} characters.</source>
        <translation>The result has at most {max} characters.</translation>
    </message>
    <message>
        <source>Choose the work type done.</source>
        <translation>Choose the work type done.</translation>
    </message>
    <message>
        <source>An outlet&apos;s job has no engineers&apos; shares: the outlet is paid its fee.</source>
        <translation>An outlet&apos;s job has no engineers&apos; shares: the outlet is paid its fee.</translation>
    </message>
    <message>
        <source>At most {max} parts taken off.</source>
        <translation>At most {max} parts taken off.</translation>
    </message>
    <message>
        <source>Part taken off {n}: choose the part.</source>
        <translation>Part taken off {n}: choose the part.</translation>
    </message>
    <message>
        <source>Part taken off {n}: choose the warehouse it goes to.</source>
        <translation>Part taken off {n}: choose the warehouse it goes to.</translation>
    </message>
    <message>
        <source>Part taken off {n}: say whether it was faulty from the supplier or damaged by us.</source>
        <translation>Part taken off {n}: say whether it was faulty from the supplier or damaged by us.</translation>
    </message>
    <message>
        <source>Part taken off {n}: the quantity must be more than zero.</source>
        <translation>Part taken off {n}: the quantity must be more than zero.</translation>
    </message>
    <message>
        <source>{who} changed slip {number} at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} changed slip {number} at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</translation>
    </message>
    <message>
        <source>The slip to correct no longer exists, or belongs to another branch.</source>
        <translation>The slip to correct no longer exists, or belongs to another branch.</translation>
    </message>
    <message>
        <source>You may not make, change or cancel stock slips.</source>
        <extracomment>The messages of a missing permission, per permission (context &quot;DomainError&quot;).</extracomment>
        <translation>You may not make, change or cancel stock slips.</translation>
    </message>
    <message>
        <source>You may not approve stock slips, or send approved ones back to draft.</source>
        <translation>You may not approve stock slips, or send approved ones back to draft.</translation>
    </message>
    <message>
        <source>You may not post stock slips.</source>
        <translation>You may not post stock slips.</translation>
    </message>
    <message>
        <source>You may not correct posted stock slips.</source>
        <translation>You may not correct posted stock slips.</translation>
    </message>
    <message>
        <source>You may not do this with stock slips.</source>
        <translation>You may not do this with stock slips.</translation>
    </message>
    <message>
        <source>Not enough {product} ({code}) in {warehouse}: {available} available, {wanted} wanted.</source>
        <translation>Not enough {product} ({code}) in {warehouse}: {available} available, {wanted} wanted.</translation>
    </message>
    <message>
        <source>Slip {number} is posted and can no longer be changed; correct it with a reversal.</source>
        <translation>Slip {number} is posted and can no longer be changed; correct it with a reversal.</translation>
    </message>
    <message>
        <source>Slip {number} is approved: send it back to draft before changing it.</source>
        <translation>Slip {number} is approved: send it back to draft before changing it.</translation>
    </message>
    <message>
        <source>Slip {number} is cancelled and can no longer be changed.</source>
        <translation>Slip {number} is cancelled and can no longer be changed.</translation>
    </message>
    <message>
        <source>A new slip starts as a draft.</source>
        <translation>A new slip starts as a draft.</translation>
    </message>
    <message>
        <source>Slip {number} must be approved before it is posted.</source>
        <translation>Slip {number} must be approved before it is posted.</translation>
    </message>
    <message>
        <source>This dispatch slip no longer exists, or belongs to another branch.</source>
        <translation>This dispatch slip no longer exists, or belongs to another branch.</translation>
    </message>
    <message>
        <source>You may not dispatch on-site work.</source>
        <translation>You may not dispatch on-site work.</translation>
    </message>
    <message>
        <source>Slip {number} was re-dispatched and can no longer change.</source>
        <translation>Slip {number} was re-dispatched and can no longer change.</translation>
    </message>
    <message>
        <source>Slip {number} is completed: only whether its signed slip came back can change.</source>
        <translation>Slip {number} is completed: only whether its signed slip came back can change.</translation>
    </message>
    <message>
        <source>The order of slip {number} is closed: the slip can no longer change.</source>
        <translation>The order of slip {number} is closed: the slip can no longer change.</translation>
    </message>
    <message>
        <source>A part taken off is booked by its stock slip: correct that slip instead.</source>
        <translation>A part taken off is booked by its stock slip: correct that slip instead.</translation>
    </message>
    <message>
        <source>The order and assignee of slip {number} cannot change: re-dispatch it instead.</source>
        <translation>The order and assignee of slip {number} cannot change: re-dispatch it instead.</translation>
    </message>
    <message>
        <source>Slip {number} cannot take this step now.</source>
        <translation>Slip {number} cannot take this step now.</translation>
    </message>
    <message>
        <source>Order {number} is carry-in: only on-site orders are dispatched.</source>
        <translation>Order {number} is carry-in: only on-site orders are dispatched.</translation>
    </message>
    <message>
        <source>Order {number} is ready or closed: it can no longer be dispatched.</source>
        <translation>Order {number} is ready or closed: it can no longer be dispatched.</translation>
    </message>
    <message>
        <source>Give the appointment time.</source>
        <translation>Give the appointment time.</translation>
    </message>
    <message>
        <source>Outlet {who} does not exist or is inactive.</source>
        <translation>Outlet {who} does not exist or is inactive.</translation>
    </message>
    <message>
        <source>{who} does not serve {region}: choose someone who serves the customer&apos;s region.</source>
        <translation>{who} does not serve {region}: choose someone who serves the customer&apos;s region.</translation>
    </message>
    <message>
        <source>Slip {number} is already out with them: change the appointment instead.</source>
        <translation>Slip {number} is already out with them: change the appointment instead.</translation>
    </message>
    <message>
        <source>Slip {number} is no longer out (completed or re-dispatched meanwhile); reload it.</source>
        <translation>Slip {number} is no longer out (completed or re-dispatched meanwhile); reload it.</translation>
    </message>
    <message>
        <source>Give the reason for re-dispatching.</source>
        <translation>Give the reason for re-dispatching.</translation>
    </message>
    <message>
        <source>Say what was done on site.</source>
        <translation>Say what was done on site.</translation>
    </message>
    <message>
        <source>Give the arrival and finish times.</source>
        <translation>Give the arrival and finish times.</translation>
    </message>
    <message>
        <source>The finish must come after the arrival, and not in the future.</source>
        <translation>The finish must come after the arrival, and not in the future.</translation>
    </message>
    <message>
        <source>Shares are given only when an engineer completes the slip.</source>
        <translation>Shares are given only when an engineer completes the slip.</translation>
    </message>
    <message>
        <source>The engineers&apos; shares add up to {total}%; they must add up to 100%.</source>
        <translation>The engineers&apos; shares add up to {total}%; they must add up to 100%.</translation>
    </message>
    <message>
        <source>Warehouse {warehouse} belongs to another branch: put the parts taken off into your own branch&apos;s warehouse.</source>
        <translation>Warehouse {warehouse} belongs to another branch: put the parts taken off into your own branch&apos;s warehouse.</translation>
    </message>
    <message>
        <source>This order was dispatched by someone else meanwhile; reload the board.</source>
        <translation>This order was dispatched by someone else meanwhile; reload the board.</translation>
    </message>
    <message>
        <source>You may work only with your own branch&apos;s dispatch slips.</source>
        <translation>You may work only with your own branch&apos;s dispatch slips.</translation>
    </message>
    <message>
        <source>Slip {number} has no lines.</source>
        <translation>Slip {number} has no lines.</translation>
    </message>
    <message>
        <source>Slip {number} has been reversed already.</source>
        <translation>Slip {number} has been reversed already.</translation>
    </message>
    <message>
        <source>Slip {number} is a reversal: it cannot be reversed or corrected.</source>
        <translation>Slip {number} is a reversal: it cannot be reversed or corrected.</translation>
    </message>
    <message>
        <source>Slip {number} is not posted: change or cancel it instead of correcting it.</source>
        <translation>Slip {number} is not posted: change or cancel it instead of correcting it.</translation>
    </message>
    <message>
        <source>Reversal {number} must reverse every line of its slip.</source>
        <translation>Reversal {number} must reverse every line of its slip.</translation>
    </message>
    <message>
        <source>Slip {number}: the quantity {qty} of {product} ({code}) does not fit this slip.</source>
        <translation>Slip {number}: the quantity {qty} of {product} ({code}) does not fit this slip.</translation>
    </message>
    <message>
        <source>Stock levels and the stock ledger change only through stock slips and other stock documents.</source>
        <translation>Stock levels and the stock ledger change only through stock slips and other stock documents.</translation>
    </message>
    <message>
        <source>Warehouse {warehouse} does not exist or is inactive.</source>
        <translation>Warehouse {warehouse} does not exist or is inactive.</translation>
    </message>
    <message>
        <source>Save the changes of slip {number} before approving, posting or cancelling it.</source>
        <translation>Save the changes of slip {number} before approving, posting or cancelling it.</translation>
    </message>
    <message>
        <source>The number, kind and origin of slip {number} cannot change.</source>
        <translation>The number, kind and origin of slip {number} cannot change.</translation>
    </message>
    <message>
        <source>Slip {number} cannot be deleted; cancel it instead.</source>
        <translation>Slip {number} cannot be deleted; cancel it instead.</translation>
    </message>
    <message>
        <source>This slip has been reversed already.</source>
        <translation>This slip has been reversed already.</translation>
    </message>
    <message>
        <source>A transfer goes from one warehouse to another; other slips name one warehouse.</source>
        <translation>A transfer goes from one warehouse to another; other slips name one warehouse.</translation>
    </message>
    <message>
        <source>There is not enough stock for this.</source>
        <translation>There is not enough stock for this.</translation>
    </message>
    <message>
        <source>A product, warehouse or device on the slip no longer exists.</source>
        <translation>A product, warehouse or device on the slip no longer exists.</translation>
    </message>
    <message>
        <source>You may work only with your own branch&apos;s stock.</source>
        <translation>You may work only with your own branch&apos;s stock.</translation>
    </message>
    <message>
        <source>It cannot move under itself or under one of its own sub-entries.</source>
        <translation>It cannot move under itself or under one of its own sub-entries.</translation>
    </message>
    <message>
        <source>This cannot be moved there.</source>
        <translation>This cannot be moved there.</translation>
    </message>
    <message>
        <source>This record no longer exists. Refresh the tree (F5).</source>
        <translation>This record no longer exists. Refresh the tree (F5).</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}, after the tree was read. Refresh the tree (F5) and try again.</source>
        <translation>{who} changed this record at {when}, after the tree was read. Refresh the tree (F5) and try again.</translation>
    </message>
    <message>
        <source>The place you chose no longer exists. Refresh the tree (F5).</source>
        <translation>The place you chose no longer exists. Refresh the tree (F5).</translation>
    </message>
    <message>
        <source>A department stays in its branch: it cannot move under another branch&apos;s department.</source>
        <translation>A department stays in its branch: it cannot move under another branch&apos;s department.</translation>
    </message>
    <message>
        <source>A province is at the top of the region tree: it cannot move under another region.</source>
        <translation>A province is at the top of the region tree: it cannot move under another region.</translation>
    </message>
    <message>
        <source>A city goes directly under a province.</source>
        <translation>A city goes directly under a province.</translation>
    </message>
    <message>
        <source>A district goes under a city, or directly under a municipality (a province without cities).</source>
        <translation>A district goes under a city, or directly under a municipality (a province without cities).</translation>
    </message>
    <message>
        <source>A street goes under a district.</source>
        <translation>A street goes under a district.</translation>
    </message>
    <message>
        <source>Customers live in districts: choose a district, not a province or a city.</source>
        <translation>Customers live in districts: choose a district, not a province or a city.</translation>
    </message>
    <message>
        <source>The database refused the change: your profile may not change this record, or not at this place (another branch&apos;s records belong to that branch).</source>
        <translation>The database refused the change: your profile may not change this record, or not at this place (another branch&apos;s records belong to that branch).</translation>
    </message>
    <message>
        <source>This cannot be changed here.</source>
        <translation>This cannot be changed here.</translation>
    </message>
    <message>
        <source>It still has {n} active entries under it: move or deactivate them first.</source>
        <translation>It still has {n} active entries under it: move or deactivate them first.</translation>
    </message>
    <message>
        <source>Line {n}: pick the product from the list (F4 searches).</source>
        <translation>Line {n}: pick the product from the list (F4 searches).</translation>
    </message>
    <message>
        <source>Choose what the customer was told.</source>
        <extracomment>The kinds that fit each document (the database&apos;s check constraints say the same).</extracomment>
        <translation>Choose what the customer was told.</translation>
    </message>
    <message>
        <source>Choose how the customer was told: phone, SMS or in person.</source>
        <translation>Choose how the customer was told: phone, SMS or in person.</translation>
    </message>
    <message>
        <source>You may not take in or change service orders.</source>
        <extracomment>A missing permission, per permission (context &quot;DomainError&quot;).</extracomment>
        <translation>You may not take in or change service orders.</translation>
    </message>
    <message>
        <source>You may not work on service orders in the workshop.</source>
        <translation>You may not work on service orders in the workshop.</translation>
    </message>
    <message>
        <source>You may not cancel service orders.</source>
        <translation>You may not cancel service orders.</translation>
    </message>
    <message>
        <source>You may not give discounts above the limit.</source>
        <translation>You may not give discounts above the limit.</translation>
    </message>
    <message>
        <source>You may not hand over orders unpaid.</source>
        <translation>You may not hand over orders unpaid.</translation>
    </message>
    <message>
        <source>You may not do this with service orders.</source>
        <translation>You may not do this with service orders.</translation>
    </message>
    <message>
        <source>This order no longer exists, or belongs to another branch.</source>
        <translation>This order no longer exists, or belongs to another branch.</translation>
    </message>
    <message>
        <source>This pre-order no longer exists, or belongs to another branch.</source>
        <translation>This pre-order no longer exists, or belongs to another branch.</translation>
    </message>
    <message>
        <source>A new order starts pending.</source>
        <translation>A new order starts pending.</translation>
    </message>
    <message>
        <source>Order {number} cannot go back to waiting for repair.</source>
        <translation>Order {number} cannot go back to waiting for repair.</translation>
    </message>
    <message>
        <source>Order {number} is not ready for pick-up yet.</source>
        <translation>Order {number} is not ready for pick-up yet.</translation>
    </message>
    <message>
        <source>Order {number} is ready for pick-up: hand it over instead of cancelling it.</source>
        <translation>Order {number} is ready for pick-up: hand it over instead of cancelling it.</translation>
    </message>
    <message>
        <source>Start the repair of order {number} first.</source>
        <translation>Start the repair of order {number} first.</translation>
    </message>
    <message>
        <source>Order {number} cannot take this step now.</source>
        <translation>Order {number} cannot take this step now.</translation>
    </message>
    <message>
        <source>A new pre-order starts as ordered.</source>
        <translation>A new pre-order starts as ordered.</translation>
    </message>
    <message>
        <source>The parts of pre-order {number} have not arrived yet.</source>
        <translation>The parts of pre-order {number} have not arrived yet.</translation>
    </message>
    <message>
        <source>Pre-order {number} cannot take this step now.</source>
        <translation>Pre-order {number} cannot take this step now.</translation>
    </message>
    <message>
        <source>Pre-order {number} has been collected; it can no longer change.</source>
        <translation>Pre-order {number} has been collected; it can no longer change.</translation>
    </message>
    <message>
        <source>Pre-order {number} is cancelled; it can no longer change.</source>
        <translation>Pre-order {number} is cancelled; it can no longer change.</translation>
    </message>
    <message>
        <source>Order {number} has been picked up; it can no longer change.</source>
        <translation>Order {number} has been picked up; it can no longer change.</translation>
    </message>
    <message>
        <source>Order {number} is cancelled; it can no longer change.</source>
        <translation>Order {number} is cancelled; it can no longer change.</translation>
    </message>
    <message>
        <source>Assign an engineer to order {number} first.</source>
        <translation>Assign an engineer to order {number} first.</translation>
    </message>
    <message>
        <source>Pre-order {number} still has ¥{balance} to pay. Take the payment, or have it handed over on credit by someone who may.</source>
        <translation>Pre-order {number} still has ¥{balance} to pay. Take the payment, or have it handed over on credit by someone who may.</translation>
    </message>
    <message>
        <source>Order {number} still has ¥{balance} to pay. Take the payment, or have it handed over on credit by someone who may.</source>
        <translation>Order {number} still has ¥{balance} to pay. Take the payment, or have it handed over on credit by someone who may.</translation>
    </message>
    <message>
        <source>The discount cannot be more than the total (¥{total}).</source>
        <extracomment>The front desk&apos;s settings and their defaults (days).</extracomment>
        <translation>The discount cannot be more than the total (¥{total}).</translation>
    </message>
    <message>
        <source>A discount above ¥{limit} ({percent}% of ¥{total}) needs the discount permission.</source>
        <translation>A discount above ¥{limit} ({percent}% of ¥{total}) needs the discount permission.</translation>
    </message>
    <message>
        <source>The parts of pre-order {number} have arrived: the part and the quantity can no longer change.</source>
        <translation>The parts of pre-order {number} have arrived: the part and the quantity can no longer change.</translation>
    </message>
    <message>
        <source>The number, branch and customer of pre-order {number} cannot change.</source>
        <translation>The number, branch and customer of pre-order {number} cannot change.</translation>
    </message>
    <message>
        <source>The number, branch, customer and device of order {number} cannot change; cancel it and take in a new one instead.</source>
        <translation>The number, branch, customer and device of order {number} cannot change; cancel it and take in a new one instead.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>Give the reason for cancelling.</translation>
    </message>
    <message>
        <source>{engineer} is not an active engineer of this branch.</source>
        <translation>{engineer} is not an active engineer of this branch.</translation>
    </message>
    <message>
        <source>Warehouse {warehouse} belongs to another branch: take the parts from your own branch&apos;s warehouse.</source>
        <translation>Warehouse {warehouse} belongs to another branch: take the parts from your own branch&apos;s warehouse.</translation>
    </message>
    <message>
        <source>The device belongs to another customer.</source>
        <translation>The device belongs to another customer.</translation>
    </message>
    <message>
        <source>The device no longer exists; choose it again.</source>
        <translation>The device no longer exists; choose it again.</translation>
    </message>
    <message>
        <source>Your operator belongs to no branch, and an order needs one.</source>
        <translation>Your operator belongs to no branch, and an order needs one.</translation>
    </message>
    <message>
        <source>{number} is cancelled: it takes no payments.</source>
        <translation>{number} is cancelled: it takes no payments.</translation>
    </message>
    <message>
        <source>Fees and discounts cannot be negative.</source>
        <translation>Fees and discounts cannot be negative.</translation>
    </message>
    <message>
        <source>A part line&apos;s quantity must be more than zero.</source>
        <translation>A part line&apos;s quantity must be more than zero.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>A payment must be more than zero.</translation>
    </message>
    <message>
        <source>The customer, device, product, warehouse, work type or engineer chosen no longer exists; choose it again.</source>
        <translation>The customer, device, product, warehouse, work type or engineer chosen no longer exists; choose it again.</translation>
    </message>
    <message>
        <source>You may work only with your own branch&apos;s orders.</source>
        <translation>You may work only with your own branch&apos;s orders.</translation>
    </message>
    <message>
        <source>Choose it from the list.</source>
        <extracomment>What is still to be told, longest waiting first: ``document`` (&quot;order&quot; or &quot;preorder&quot;) and ``id`` open it; ``reason``: &quot;finished&quot; (ready, not told since), &quot;awaiting_parts&quot;, &quot;period_extended&quot;, &quot;reminder&quot; (told it is finished, and not collected ``pickup_reminder_days`` later) or &quot;parts_arrived&quot; (a pre-order); ``send``: the notification kind to record once told (``notifications.notify``); ``since``: when it became to be told. Rows go once the notification is recorded. TO_NOTIFY&apos;s orders only, and its pre-orders only (arrived, not yet told). Parts pre-orders, newest first. Sum ``amount``, ``paid``, ``balance``.</extracomment>
        <translation>Choose it from the list.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <extracomment>Every dispatch slip, newest first: the order, customer (phone and address masked unless revealed), region, product, who it went to (``assignee_kind`` &quot;engineer&quot; or &quot;outlet&quot;, ``assignee`` their name), appointment, who dispatched it and when, and the completion (result, the work type done, signed slip back, an outlet&apos;s fee). Sum DISPATCH_SUMS in footers and group summaries. The outlet settlement statement: outlets&apos; completed jobs in the order they were completed, with the work type done, its standard fee, the outlet&apos;s ratio and the fee owed (``outlet_fee``). Narrow it with ``statement_conditions``; sum STATEMENT_SUMS; group by ``outlet`` for a summary per outlet.</extracomment>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}” is not an amount.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>An amount has at most two decimals.</translation>
    </message>
    <message>
        <source>Choose the customer or enter a new one, not both.</source>
        <translation>Choose the customer or enter a new one, not both.</translation>
    </message>
    <message>
        <source>Find the customer, or enter a new one.</source>
        <translation>Find the customer, or enter a new one.</translation>
    </message>
    <message>
        <source>Choose the device or enter a new one, not both.</source>
        <translation>Choose the device or enter a new one, not both.</translation>
    </message>
    <message>
        <source>Choose the device from the list.</source>
        <translation>Choose the device from the list.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>Choose the product.</translation>
    </message>
    <message>
        <source>The promised time is in the past.</source>
        <translation>The promised time is in the past.</translation>
    </message>
    <message>
        <source>The promised time is too far ahead.</source>
        <translation>The promised time is too far ahead.</translation>
    </message>
    <message>
        <source>Enter the pick-up date.</source>
        <translation>Enter the pick-up date.</translation>
    </message>
    <message>
        <source>The pick-up date is before the promised date.</source>
        <translation>The pick-up date is before the promised date.</translation>
    </message>
    <message>
        <source>The pick-up date is too far ahead.</source>
        <translation>The pick-up date is too far ahead.</translation>
    </message>
    <message>
        <source>Choose carry-in or on-site.</source>
        <translation>Choose carry-in or on-site.</translation>
    </message>
    <message>
        <source>Choose in warranty, out of warranty or manufacturer claim.</source>
        <translation>Choose in warranty, out of warranty or manufacturer claim.</translation>
    </message>
    <message>
        <source>Choose the work type.</source>
        <translation>Choose the work type.</translation>
    </message>
    <message>
        <source>Choose the branch from the list.</source>
        <translation>Choose the branch from the list.</translation>
    </message>
    <message>
        <source>Say whether the order is urgent.</source>
        <translation>Say whether the order is urgent.</translation>
    </message>
    <message>
        <source>List the accessories one by one.</source>
        <translation>List the accessories one by one.</translation>
    </message>
    <message>
        <source>Too many accessories: at most {n} characters in all.</source>
        <translation>Too many accessories: at most {n} characters in all.</translation>
    </message>
    <message>
        <source>An accessory has at most {n} characters.</source>
        <translation>An accessory has at most {n} characters.</translation>
    </message>
    <message>
        <source>You may not add customers or devices; find an existing one.</source>
        <translation>You may not add customers or devices; find an existing one.</translation>
    </message>
    <message>
        <source>{who} changed order {number} at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} changed order {number} at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</translation>
    </message>
    <message>
        <source>At most {n} payments at once.</source>
        <translation>At most {n} payments at once.</translation>
    </message>
    <message>
        <source>Payment {n}: choose cash, card or transfer.</source>
        <translation>Payment {n}: choose cash, card or transfer.</translation>
    </message>
    <message>
        <source>Payment {n}: enter a valid amount.</source>
        <translation>Payment {n}: enter a valid amount.</translation>
    </message>
    <message>
        <source>Payment {n}: the amount must be more than zero.</source>
        <translation>Payment {n}: the amount must be more than zero.</translation>
    </message>
    <message>
        <source>Enter the payment.</source>
        <translation>Enter the payment.</translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation>You may not change settings.</translation>
    </message>
    <message>
        <source>Enter a number of days from 1 to {max}.</source>
        <translation>Enter a number of days from 1 to {max}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <extracomment>The board&apos;s tiles: the statuses in workflow order, then two warnings.
----------
Money columns of DISPATCHES and OUTLET_STATEMENT a footer or a group summary sums.</extracomment>
        <translation>The start date is after the end date.</translation>
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
    <name>ExcelImport</name>
    <message>
        <source>Import customers from Excel</source>
        <translation>Import customers from Excel</translation>
    </message>
    <message>
        <source>Imported {n} customers.</source>
        <translation>Imported {n} customers.</translation>
    </message>
    <message>
        <source>Import products from Excel</source>
        <translation>Import products from Excel</translation>
    </message>
    <message>
        <source>Imported {n} products.</source>
        <translation>Imported {n} products.</translation>
    </message>
    <message>
        <source>Import employees from Excel</source>
        <translation>Import employees from Excel</translation>
    </message>
    <message>
        <source>Imported {n} employees.</source>
        <translation>Imported {n} employees.</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>Row {row}: {what}</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Add rows from an Excel workbook laid out like this list&apos;s export: all rows, or none if any is wrong.</source>
        <translation>Add rows from an Excel workbook laid out like this list&apos;s export: all rows, or none if any is wrong.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking and importing {file}…</source>
        <translation>Checking and importing {file}…</translation>
    </message>
    <message>
        <source>New brands added: {names}.</source>
        <translation>New brands added: {names}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows need correcting first.</source>
        <translation>Nothing was imported: {n} rows need correcting first.</translation>
    </message>
    <message>
        <source>…and {n} more (Show Details).</source>
        <translation>…and {n} more (Show Details).</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Pick-up overdue</source>
        <extracomment>A quiet accent per tile (a top border): readable in light and dark themes.</extracomment>
        <translation>Pick-up overdue</translation>
    </message>
    <message>
        <source>Past the promised time</source>
        <translation>Past the promised time</translation>
    </message>
    <message>
        <source>Repair finished, not told yet</source>
        <translation>Repair finished, not told yet</translation>
    </message>
    <message>
        <source>Waiting for parts, not told yet</source>
        <translation>Waiting for parts, not told yet</translation>
    </message>
    <message>
        <source>Repair period extended, not told yet</source>
        <translation>Repair period extended, not told yet</translation>
    </message>
    <message>
        <source>Not collected: remind the customer</source>
        <translation>Not collected: remind the customer</translation>
    </message>
    <message>
        <source>Pre-ordered parts arrived, not told yet</source>
        <translation>Pre-ordered parts arrived, not told yet</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>Pick up by</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <source>Serial No.</source>
        <translation>Serial No.</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Parts fee</source>
        <translation>Parts fee</translation>
    </message>
    <message>
        <source>Labour fee</source>
        <translation>Labour fee</translation>
    </message>
    <message>
        <source>Other fees</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Open order</source>
        <extracomment>False until a subclass has set its conditions: the list reads once, not twice. What to do when an order opened from the list changed (None: read the list again).</extracomment>
        <translation>Open order</translation>
    </message>
    <message>
        <source>Open the order (Enter or double-click)</source>
        <translation>Open the order (Enter or double-click)</translation>
    </message>
    <message>
        <source>Settle and pick up…</source>
        <translation>Settle and pick up…</translation>
    </message>
    <message>
        <source>Fees, discount, payments and the hand-over</source>
        <translation>Fees, discount, payments and the hand-over</translation>
    </message>
    <message>
        <source>A cancelled order has nothing to settle.</source>
        <translation>A cancelled order has nothing to settle.</translation>
    </message>
    <message>
        <source>Show these orders below</source>
        <translation>Show these orders below</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>Status board</translation>
    </message>
    <message>
        <source>Whose orders the board counts</source>
        <translation>Whose orders the board counts</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Count again (F5); the board also counts every minute</source>
        <translation>Count again (F5); the board also counts every minute</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Orders: {what}</source>
        <translation>Orders: {what}</translation>
    </message>
    <message>
        <source>Counted at {time}</source>
        <translation>Counted at {time}</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Open (not picked up or cancelled)</source>
        <translation>Open (not picked up or cancelled)</translation>
    </message>
    <message>
        <source>Any warranty</source>
        <translation>Any warranty</translation>
    </message>
    <message>
        <source>Carry-in and on-site</source>
        <translation>Carry-in and on-site</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Any work type</source>
        <translation>Any work type</translation>
    </message>
    <message>
        <source>Customer: code, name, pinyin or phone</source>
        <translation>Customer: code, name, pinyin or phone</translation>
    </message>
    <message>
        <source>Clear conditions</source>
        <translation>Clear conditions</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>received {since} to {until}</source>
        <translation>received {since} to {until}</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>engineer</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>Conditions: {list}</source>
        <translation>Conditions: {list}</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Service orders</translation>
    </message>
    <message>
        <source>Engineer: code, name or pinyin</source>
        <translation>Engineer: code, name or pinyin</translation>
    </message>
    <message>
        <source>&amp;Not yet assigned</source>
        <translation>&amp;Not yet assigned</translation>
    </message>
    <message>
        <source>Orders waiting for an engineer</source>
        <translation>Orders waiting for an engineer</translation>
    </message>
    <message>
        <source>My work queue: the orders I am repairing, most pressing first</source>
        <translation>My work queue: the orders I am repairing, most pressing first</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>Engineer:</translation>
    </message>
    <message>
        <source>My work queue</source>
        <translation>My work queue</translation>
    </message>
    <message>
        <source>Orders not yet assigned</source>
        <translation>Orders not yet assigned</translation>
    </message>
    <message>
        <source>Work queue of {engineer}</source>
        <translation>Work queue of {engineer}</translation>
    </message>
    <message>
        <source>Every engineer&apos;s work queue</source>
        <translation>Every engineer&apos;s work queue</translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation>Work queues</translation>
    </message>
    <message>
        <source>Overdue pick-ups</source>
        <translation>Overdue pick-ups</translation>
    </message>
    <message>
        <source>Notify the customer: {number}</source>
        <translation>Notify the customer: {number}</translation>
    </message>
    <message>
        <source>{customer}  {phone}
{product}
{reason}</source>
        <translation>{customer}  {phone}
{product}
{reason}</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>What the customer said (optional)</translation>
    </message>
    <message>
        <source>Told before: …</source>
        <translation>Told before: …</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Told:</source>
        <translation>&amp;Told:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Told before: {list}</source>
        <translation>Told before: {list}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Parts pre-order</source>
        <translation>Parts pre-order</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>To tell</source>
        <translation>To tell</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>Notify…</translation>
    </message>
    <message>
        <source>Record that the customer was told (Enter)</source>
        <translation>Record that the customer was told (Enter)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>Open the order</translation>
    </message>
    <message>
        <source>Recorded: {number} told.</source>
        <translation>Recorded: {number} told.</translation>
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
    <message>
        <source>Today&apos;s work</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <source>Customers to notify:</source>
        <translation>Customers to notify:</translation>
    </message>
    <message>
        <source>Orders waiting to be started:</source>
        <translation>Orders waiting to be started:</translation>
    </message>
    <message>
        <source>Orders in the workshop:</source>
        <translation>Orders in the workshop:</translation>
    </message>
    <message>
        <source>Ready for pick-up:</source>
        <translation>Ready for pick-up:</translation>
    </message>
    <message>
        <source>Pick-ups overdue:</source>
        <translation>Pick-ups overdue:</translation>
    </message>
    <message>
        <source>On-site orders to dispatch:</source>
        <translation>On-site orders to dispatch:</translation>
    </message>
    <message>
        <source>Appointments today:</source>
        <translation>Appointments today:</translation>
    </message>
    <message>
        <source>Signed slips not back:</source>
        <translation>Signed slips not back:</translation>
    </message>
    <message>
        <source>Stock slips to approve:</source>
        <translation>Stock slips to approve:</translation>
    </message>
    <message>
        <source>Stock slips to post:</source>
        <translation>Stock slips to post:</translation>
    </message>
    <message>
        <source>Parts below their minimum:</source>
        <translation>Parts below their minimum:</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
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
        <source>New intake</source>
        <extracomment>The earlier repair a new one of this device would repeat, and the serial number it was found by (``returning``&apos;s ``repeat_of``).</extracomment>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Clear the form for the next customer</source>
        <translation>Clear the form for the next customer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Print the intake receipt for the customer</source>
        <translation>Print the intake receipt for the customer</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Open order</translation>
    </message>
    <message>
        <source>Open the saved order in its own tab</source>
        <translation>Open the saved order in its own tab</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Next customer</translation>
    </message>
    <message>
        <source>11-digit mobile, or landline with area code</source>
        <translation>11-digit mobile, or landline with area code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>Purchase&amp;d:</source>
        <translation>Purchase&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>{name} (¥{fee}, {hours} h)</source>
        <translation>{name} (¥{fee}, {hours} h)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service &amp;mode:</source>
        <translation>Service &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>&amp;Warranty:</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <source>A&amp;ccessories:</source>
        <translation>A&amp;ccessories:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;ppearance:</translation>
    </message>
    <message>
        <source>Wor&amp;k type:</source>
        <translation>Wor&amp;k type:</translation>
    </message>
    <message>
        <source>&amp;Estimated fee:</source>
        <translation>&amp;Estimated fee:</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>Promised &amp;by:</translation>
    </message>
    <message>
        <source>Pick up b&amp;y:</source>
        <translation>Pick up b&amp;y:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>No device has serial number “{text}”: a new customer and device.</source>
        <translation>No device has serial number “{text}”: a new customer and device.</translation>
    </message>
    <message>
        <source>No customer has phone number {text}: enter the new customer.</source>
        <translation>No customer has phone number {text}: enter the new customer.</translation>
    </message>
    <message>
        <source>No customer is called “{text}”: enter the new customer.</source>
        <translation>No customer is called “{text}”: enter the new customer.</translation>
    </message>
    <message>
        <source>Returning customer: their details and history are on the right.</source>
        <translation>Returning customer: their details and history are on the right.</translation>
    </message>
    <message>
        <source>New customer: saved with the order. Or find one above.</source>
        <translation>New customer: saved with the order. Or find one above.</translation>
    </message>
    <message>
        <source>Could not read the customer&apos;s history: {problem}</source>
        <translation>Could not read the customer&apos;s history: {problem}</translation>
    </message>
    <message>
        <source>Serial number {serial} is {name}&apos;s device: found them.</source>
        <translation>Serial number {serial} is {name}&apos;s device: found them.</translation>
    </message>
    <message>
        <source>This serial number is registered to {name} ({code}).</source>
        <translation>This serial number is registered to {name} ({code}).</translation>
    </message>
    <message>
        <source>— a new device —</source>
        <translation>— a new device —</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>SN {serial}</translation>
    </message>
    <message>
        <source>the device&apos;s warranty runs to {day}</source>
        <translation>the device&apos;s warranty runs to {day}</translation>
    </message>
    <message>
        <source>the device&apos;s warranty ended on {day}</source>
        <translation>the device&apos;s warranty ended on {day}</translation>
    </message>
    <message>
        <source>no purchase date is known</source>
        <translation>no purchase date is known</translation>
    </message>
    <message>
        <source>no purchase date is given</source>
        <translation>no purchase date is given</translation>
    </message>
    <message>
        <source>choose the product to know its warranty</source>
        <translation>choose the product to know its warranty</translation>
    </message>
    <message>
        <source>bought {day}, {months} months&apos; warranty</source>
        <translation>bought {day}, {months} months&apos; warranty</translation>
    </message>
    <message>
        <source>⚠ Changed from the suggested {warranty} ({reason}): recorded with the order.</source>
        <translation>⚠ Changed from the suggested {warranty} ({reason}): recorded with the order.</translation>
    </message>
    <message>
        <source>Suggested: {warranty} ({reason})</source>
        <translation>Suggested: {warranty} ({reason})</translation>
    </message>
    <message>
        <source>⚠ Repeat repair: this device was repaired under order {number}, picked up {picked}; that repair&apos;s warranty runs to {until}. Earlier fault: {fault}.</source>
        <translation>⚠ Repeat repair: this device was repaired under order {number}, picked up {picked}; that repair&apos;s warranty runs to {until}. Earlier fault: {fault}.</translation>
    </message>
    <message>
        <source>⚠ Repeat repair: this device was repaired under order {number} and is back within that repair&apos;s warranty.</source>
        <translation>⚠ Repeat repair: this device was repaired under order {number} and is back within that repair&apos;s warranty.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Taken in as order {number}. Print the receipt for the customer (Ctrl+P), then take in the next one (Ctrl+N).</source>
        <translation>Taken in as order {number}. Print the receipt for the customer (Ctrl+P), then take in the next one (Ctrl+N).</translation>
    </message>
    <message>
        <source>Saved: order {number}.</source>
        <translation>Saved: order {number}.</translation>
    </message>
    <message>
        <source>Save the order first (Ctrl+S): the receipt carries its number.</source>
        <translation>Save the order first (Ctrl+S): the receipt carries its number.</translation>
    </message>
    <message>
        <source>Clear the form? What you typed for this intake is not saved.</source>
        <translation>Clear the form? What you typed for this intake is not saved.</translation>
    </message>
    <message>
        <source>no device yet</source>
        <translation>no device yet</translation>
    </message>
    <message>
        <source>Print the intake receipt for the customer (Ctrl+P)</source>
        <translation>Print the intake receipt for the customer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the order first: the receipt carries its number</source>
        <translation>Save the order first: the receipt carries its number</translation>
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
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{column} contains “{text}”</source>
        <translation>{column} contains “{text}”</translation>
    </message>
    <message>
        <source>{column} = {value}</source>
        <translation>{column} = {value}</translation>
    </message>
    <message>
        <source>{column} from {low} to {high}</source>
        <translation>{column} from {low} to {high}</translation>
    </message>
    <message>
        <source>{column} from {low}</source>
        <translation>{column} from {low}</translation>
    </message>
    <message>
        <source>{column} up to {high}</source>
        <translation>{column} up to {high}</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>Filter: {column}</source>
        <translation>Filter: {column}</translation>
    </message>
    <message>
        <source>text, or the name&apos;s pinyin or initials (zs: 张三)</source>
        <translation>text, or the name&apos;s pinyin or initials (zs: 张三)</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contains:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>This column cannot be filtered.</source>
        <translation>This column cannot be filtered.</translation>
    </message>
    <message>
        <source>Double-click: show only this group&apos;s rows</source>
        <translation>Double-click: show only this group&apos;s rows</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the summary, to paste into Excel or a message</source>
        <translation>Copy the summary, to paste into Excel or a message</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Ungroup</translation>
    </message>
    <message>
        <source>Grouped by {column}: {n} groups</source>
        <translation>Grouped by {column}: {n} groups</translation>
    </message>
    <message>
        <source>(only the first {n}: narrow the filter)</source>
        <translation>(only the first {n}: narrow the filter)</translation>
    </message>
    <message>
        <source>Click to sort; right-click to filter or group by the column</source>
        <translation>Click to sort; right-click to filter or group by the column</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print every row the filter selects, with a preview ({keys})</source>
        <translation>Print every row the filter selects, with a preview ({keys})</translation>
    </message>
    <message>
        <source>Column filters:</source>
        <translation>Column filters:</translation>
    </message>
    <message>
        <source>Clear column filters</source>
        <translation>Clear column filters</translation>
    </message>
    <message>
        <source>The column {column} cannot be filtered.</source>
        <translation>The column {column} cannot be filtered.</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>The column {column} is hidden: it cannot be sorted by.</source>
        <translation>The column {column} is hidden: it cannot be sorted by.</translation>
    </message>
    <message>
        <source>The list cannot be sorted by {column}.</source>
        <translation>The list cannot be sorted by {column}.</translation>
    </message>
    <message>
        <source>Hidden: a sensitive field</source>
        <translation>Hidden: a sensitive field</translation>
    </message>
    <message>
        <source>Sort ascending</source>
        <translation>Sort ascending</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>Sort descending</translation>
    </message>
    <message>
        <source>Natural order</source>
        <translation>Natural order</translation>
    </message>
    <message>
        <source>Filter this column…</source>
        <translation>Filter this column…</translation>
    </message>
    <message>
        <source>Sensitive fields cannot be filtered</source>
        <translation>Sensitive fields cannot be filtered</translation>
    </message>
    <message>
        <source>Remove this column&apos;s filter</source>
        <translation>Remove this column&apos;s filter</translation>
    </message>
    <message>
        <source>Group by this column</source>
        <translation>Group by this column</translation>
    </message>
    <message>
        <source>The list cannot be grouped by {column}.</source>
        <translation>The list cannot be grouped by {column}.</translation>
    </message>
    <message>
        <source>Filter: “{text}”</source>
        <translation>Filter: “{text}”</translation>
    </message>
    <message>
        <source>Column filters: {filters}</source>
        <translation>Column filters: {filters}</translation>
    </message>
    <message>
        <source>Further conditions as set above the list</source>
        <translation>Further conditions as set above the list</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending</source>
        <translation>Sorted by {column}, descending</translation>
    </message>
    <message>
        <source>Sorted by {column}</source>
        <translation>Sorted by {column}</translation>
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
        <source>Preparing the printout…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <source>{total} rows</source>
        <translation>{total} rows</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printed {n} rows on {pages} pages to {path}</source>
        <translation>Printed {n} rows on {pages} pages to {path}</translation>
    </message>
    <message>
        <source>The filter selects {total} rows; at most {limit} can be printed. Narrow the filter, or export the list to Excel.</source>
        <translation>The filter selects {total} rows; at most {limit} can be printed. Narrow the filter, or export the list to Excel.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
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
    <message>
        <source>By {column}</source>
        <translation>By {column}</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
    <name>LookupDialog</name>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
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
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>Choose a product</translation>
    </message>
    <message>
        <source>Choose an employee</source>
        <translation>Choose an employee</translation>
    </message>
    <message>
        <source>Choose a warehouse</source>
        <translation>Choose a warehouse</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>Choose a region</translation>
    </message>
    <message>
        <source>Showing the records with the phone number you typed.</source>
        <translation>Showing the records with the phone number you typed.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <source>Type a code, a name or its pinyin initials; F4 searches</source>
        <translation>Type a code, a name or its pinyin initials; F4 searches</translation>
    </message>
    <message>
        <source>Search (F4)</source>
        <translation>Search (F4)</translation>
    </message>
    <message>
        <source>Code, name, pinyin or phone number</source>
        <translation>Code, name, pinyin or phone number</translation>
    </message>
    <message>
        <source>Code, name or pinyin</source>
        <translation>Code, name or pinyin</translation>
    </message>
    <message>
        <source>Could not search: {reason}</source>
        <translation>Could not search: {reason}</translation>
    </message>
    <message>
        <source>No match. Press F4 to search.</source>
        <translation>No match. Press F4 to search.</translation>
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
        <source>Customers by grade and region</source>
        <translation>Customers by grade and region</translation>
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
        <source>Categories and products</source>
        <translation>Categories and products</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Stock slips</source>
        <translation>Stock slips</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock on hand</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>Stock ledger</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Stock valuation</translation>
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
        <source>Region tree</source>
        <translation>Region tree</translation>
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
        <source>Warehouses by branch and kind</source>
        <translation>Warehouses by branch and kind</translation>
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
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>Status board</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Service orders</translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation>Work queues</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Parts pre-orders</source>
        <translation>Parts pre-orders</translation>
    </message>
    <message>
        <source>Overdue pick-ups</source>
        <translation>Overdue pick-ups</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Dispatch board</translation>
    </message>
    <message>
        <source>Dispatch slips</source>
        <translation>Dispatch slips</translation>
    </message>
    <message>
        <source>Signed slips not back</source>
        <translation>Signed slips not back</translation>
    </message>
    <message>
        <source>Outlet statement</source>
        <translation>Outlet statement</translation>
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
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Open the selected record (Enter)</translation>
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
        <source>Correct spelling…</source>
        <translation>Correct spelling…</translation>
    </message>
    <message>
        <source>Merge into current row</source>
        <translation>Merge into current row</translation>
    </message>
    <message>
        <source>Select the duplicates with Ctrl or Shift, make the entry to keep the current row, then merge: the others are removed and their uses added to it.</source>
        <translation>Select the duplicates with Ctrl or Shift, make the entry to keep the current row, then merge: the others are removed and their uses added to it.</translation>
    </message>
    <message>
        <source>Hide / show in forms</source>
        <translation>Hide / show in forms</translation>
    </message>
    <message>
        <source>Correct spelling</source>
        <translation>Correct spelling</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>Entry corrected.</source>
        <translation>Entry corrected.</translation>
    </message>
    <message>
        <source>Merge entries</source>
        <translation>Merge entries</translation>
    </message>
    <message>
        <source>Merge {n} entries into “{name}”? They are removed; what was typed on earlier documents stays as it is.</source>
        <translation>Merge {n} entries into “{name}”? They are removed; what was typed on earlier documents stays as it is.</translation>
    </message>
    <message>
        <source>Entries merged.</source>
        <translation>Entries merged.</translation>
    </message>
    <message>
        <source>Entry hidden from forms.</source>
        <translation>Entry hidden from forms.</translation>
    </message>
    <message>
        <source>Entry offered in forms again.</source>
        <translation>Entry offered in forms again.</translation>
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
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
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
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Post salary</source>
        <translation>Post salary</translation>
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
    <name>Order</name>
    <message>
        <source>Awaiting repair</source>
        <extracomment>How long after its pick-up a repair is under its own warranty (days), and after how many days a ready order that nobody collected needs a reminder: settings of the database (``settlement.set_setting``), these are their defaults.</extracomment>
        <translation>Awaiting repair</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>Awaiting parts</translation>
    </message>
    <message>
        <source>Hard to repair</source>
        <translation>Hard to repair</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>Ready for pick-up</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Carry-in</source>
        <translation>Carry-in</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>On-site</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>In warranty</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>Out of warranty</translation>
    </message>
    <message>
        <source>Manufacturer claim</source>
        <translation>Manufacturer claim</translation>
    </message>
    <message>
        <source>Repair finished</source>
        <translation>Repair finished</translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation>Parts arrived</translation>
    </message>
    <message>
        <source>Repair period extended</source>
        <translation>Repair period extended</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <source>Pre-order waiting for parts</source>
        <translation>Pre-order waiting for parts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Engineer assigned</source>
        <translation>Engineer assigned</translation>
    </message>
    <message>
        <source>Warranty type changed</source>
        <translation>Warranty type changed</translation>
    </message>
    <message>
        <source>Handed over on credit</source>
        <translation>Handed over on credit</translation>
    </message>
    <message>
        <source>Claim from the brand</source>
        <translation>Claim from the brand</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Print the intake receipt again (marked as a copy)</source>
        <translation>Print the intake receipt again (marked as a copy)</translation>
    </message>
    <message>
        <source>Print pick-up slip</source>
        <translation>Print pick-up slip</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the order again (F5)</source>
        <translation>Read the order again (F5)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation>&amp;Engineer:</translation>
    </message>
    <message>
        <source>Service &amp;mode:</source>
        <translation>Service &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>&amp;Warranty:</translation>
    </message>
    <message>
        <source>Wor&amp;k type:</source>
        <translation>Wor&amp;k type:</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;ppearance:</translation>
    </message>
    <message>
        <source>A&amp;ccessories:</source>
        <translation>A&amp;ccessories:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Estimated fee:</source>
        <translation>Estimated fee:</translation>
    </message>
    <message>
        <source>Labour fee:</source>
        <translation>Labour fee:</translation>
    </message>
    <message>
        <source>Other fees:</source>
        <translation>Other fees:</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>Promised &amp;by:</translation>
    </message>
    <message>
        <source>Pick up b&amp;y:</source>
        <translation>Pick up b&amp;y:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Note for the step (the reason, to cancel)</source>
        <translation>Note for the step (the reason, to cancel)</translation>
    </message>
    <message>
        <source>Start repair</source>
        <translation>Start repair</translation>
    </message>
    <message>
        <source>Resume repair</source>
        <translation>Resume repair</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>Awaiting parts</translation>
    </message>
    <message>
        <source>Hard to repair</source>
        <translation>Hard to repair</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>Ready for pick-up</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Settle / pick up…</source>
        <translation>Settle / pick up…</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>&amp;Parts</source>
        <translation>&amp;Parts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>What was said, who answered</source>
        <translation>What was said, who answered</translation>
    </message>
    <message>
        <source>&amp;Record notification</source>
        <translation>&amp;Record notification</translation>
    </message>
    <message>
        <source>Told:</source>
        <translation>Told:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Repeat repair: this device was repaired under order {number} and came back within that repair&apos;s warranty.</source>
        <translation>Repeat repair: this device was repaired under order {number} and came back within that repair&apos;s warranty.</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>SN {serial}</translation>
    </message>
    <message>
        <source>warranty to {day}</source>
        <translation>warranty to {day}</translation>
    </message>
    <message>
        <source>{when} by {who}, {branch}</source>
        <translation>{when} by {who}, {branch}</translation>
    </message>
    <message>
        <source>Changed from the suggested {warranty}</source>
        <translation>Changed from the suggested {warranty}</translation>
    </message>
    <message>
        <source>As the device suggests</source>
        <translation>As the device suggests</translation>
    </message>
    <message>
        <source>&amp;Events ({n})</source>
        <translation>&amp;Events ({n})</translation>
    </message>
    <message>
        <source>Told so far: {counts}</source>
        <translation>Told so far: {counts}</translation>
    </message>
    <message>
        <source>&amp;Notifications ({n})</source>
        <translation>&amp;Notifications ({n})</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>To claim from the brand</source>
        <translation>To claim from the brand</translation>
    </message>
    <message>
        <source>Pa&amp;yments ({n})</source>
        <translation>Pa&amp;yments ({n})</translation>
    </message>
    <message>
        <source>Take a payment…</source>
        <translation>Take a payment…</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>Not done: {problem}</translation>
    </message>
    <message>
        <source>(Refresh with F5.)</source>
        <translation>(Refresh with F5.)</translation>
    </message>
    <message>
        <source>Save the changes first (Ctrl+S).</source>
        <translation>Save the changes first (Ctrl+S).</translation>
    </message>
    <message>
        <source>Now: {status}.</source>
        <translation>Now: {status}.</translation>
    </message>
    <message>
        <source>Settlement is not available in this version.</source>
        <translation>Settlement is not available in this version.</translation>
    </message>
    <message>
        <source>Recorded. Save your other changes, then refresh.</source>
        <translation>Recorded. Save your other changes, then refresh.</translation>
    </message>
    <message>
        <source>Recorded: {kind} by {channel}.</source>
        <translation>Recorded: {kind} by {channel}.</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Order {number}</translation>
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
    <name>PartLinesEditor</name>
    <message>
        <source>Warehouse</source>
        <extracomment>The warehouse kind a branch keeps its spare parts in: where a first line starts.</extracomment>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Parts: ¥{total}</source>
        <translation>Parts: ¥{total}</translation>
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
        <extracomment>Settings an editor of basic settings may change (a row-level policy keeps the others, such as the role prefix, out of reach). Defaults: settlement.ORDER_SETTINGS.</extracomment>
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
        <source>Make and change draft stock slips, and cancel them</source>
        <translation>Make and change draft stock slips, and cancel them</translation>
    </message>
    <message>
        <source>Approve stock slips</source>
        <translation>Approve stock slips</translation>
    </message>
    <message>
        <source>Post approved stock slips (moves the stock)</source>
        <translation>Post approved stock slips (moves the stock)</translation>
    </message>
    <message>
        <source>Correct posted stock slips (reversal and new slip)</source>
        <translation>Correct posted stock slips (reversal and new slip)</translation>
    </message>
    <message>
        <source>Take in and change service orders, take payments, hand repaired machines over, notify customers, take parts pre-orders</source>
        <translation>Take in and change service orders, take payments, hand repaired machines over, notify customers, take parts pre-orders</translation>
    </message>
    <message>
        <source>Repair in the workshop: take orders on, record the parts used, mark them waiting for parts, hard to repair or ready</source>
        <translation>Repair in the workshop: take orders on, record the parts used, mark them waiting for parts, hard to repair or ready</translation>
    </message>
    <message>
        <source>Dispatch on-site orders to engineers and service outlets, requisition parts on dispatch slips, enter completions</source>
        <translation>Dispatch on-site orders to engineers and service outlets, requisition parts on dispatch slips, enter completions</translation>
    </message>
    <message>
        <source>Cancel service orders</source>
        <translation>Cancel service orders</translation>
    </message>
    <message>
        <source>Give discounts above the limit</source>
        <translation>Give discounts above the limit</translation>
    </message>
    <message>
        <source>Hand over orders and pre-orders unpaid (on credit)</source>
        <translation>Hand over orders and pre-orders unpaid (on credit)</translation>
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
    <name>Preorders</name>
    <message>
        <source>Reading the pre-order…</source>
        <extracomment>The warehouse last used, per database and branch, for this run of the program.</extracomment>
        <translation>Reading the pre-order…</translation>
    </message>
    <message>
        <source>{number}  {status}
{customer}  {phone}
{part}  × {qty} {unit}  at {price}
Amount {amount}, paid {paid}, balance {balance}</source>
        <translation>{number}  {status}
{customer}  {phone}
{part}  × {qty} {unit}  at {price}
Amount {amount}, paid {paid}, balance {balance}</translation>
    </message>
    <message>
        <source>Collect pre-ordered parts</source>
        <translation>Collect pre-ordered parts</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Collect</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Paid by:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>{amount} stays unpaid: it will be recorded as a receivable (on credit).</source>
        <translation>{amount} stays unpaid: it will be recorded as a receivable (on credit).</translation>
    </message>
    <message>
        <source>Cancel pre-order</source>
        <translation>Cancel pre-order</translation>
    </message>
    <message>
        <source>Cancel the pre-order</source>
        <translation>Cancel the pre-order</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Why (required)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>{amount} was paid: give it back through the cashier.</source>
        <translation>{amount} was paid: give it back through the cashier.</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Open (ordered or arrived)</source>
        <translation>Open (ordered or arrived)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Part code</source>
        <translation>Part code</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Times told</source>
        <translation>Times told</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Parts pre-orders</source>
        <translation>Parts pre-orders</translation>
    </message>
    <message>
        <source>New pre-order…</source>
        <translation>New pre-order…</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>Collect…</translation>
    </message>
    <message>
        <source>The customer collects the parts and pays the balance (Enter)</source>
        <translation>The customer collects the parts and pays the balance (Enter)</translation>
    </message>
    <message>
        <source>The parts came in otherwise than by a posted stock-in</source>
        <translation>The parts came in otherwise than by a posted stock-in</translation>
    </message>
    <message>
        <source>Cancel pre-order…</source>
        <translation>Cancel pre-order…</translation>
    </message>
    <message>
        <source>The parts have not arrived yet.</source>
        <translation>The parts have not arrived yet.</translation>
    </message>
    <message>
        <source>The parts were collected.</source>
        <translation>The parts were collected.</translation>
    </message>
    <message>
        <source>The pre-order is cancelled.</source>
        <translation>The pre-order is cancelled.</translation>
    </message>
    <message>
        <source>Pre-order {number}: {status}.</source>
        <translation>Pre-order {number}: {status}.</translation>
    </message>
    <message>
        <source>Pre-order {number} taken.</source>
        <translation>Pre-order {number} taken.</translation>
    </message>
    <message>
        <source>Pre-order {number} collected.</source>
        <translation>Pre-order {number} collected.</translation>
    </message>
    <message>
        <source>Pre-order {number} cancelled.</source>
        <translation>Pre-order {number} cancelled.</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Mark arrived</translation>
    </message>
    <message>
        <source>New parts pre-order</source>
        <extracomment>The warehouse kind of spare parts stores (``service_orders.form_choices``).</extracomment>
        <translation>New parts pre-order</translation>
    </message>
    <message>
        <source>the part&apos;s sale price</source>
        <translation>the part&apos;s sale price</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;rice:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>&amp;Deposit:</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Warehouse:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Mark the parts of pre-order {number} arrived? Do this only if they came in otherwise than by a posted stock-in.</source>
        <translation>Mark the parts of pre-order {number} arrived? Do this only if they came in otherwise than by a posted stock-in.</translation>
    </message>
    <message>
        <source>Pre-order {number} marked arrived.</source>
        <translation>Pre-order {number} marked arrived.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Printed {when}</translation>
    </message>
    <message>
        <source>Page {n} of {pages}</source>
        <translation>Page {n} of {pages}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
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
    <name>Receipt</name>
    <message>
        <source>In warranty</source>
        <translation>In warranty</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>Out of warranty</translation>
    </message>
    <message>
        <source>Manufacturer claim</source>
        <translation>Manufacturer claim</translation>
    </message>
    <message>
        <source>Carry-in</source>
        <translation>Carry-in</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>On-site</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <translation>COPY {n}</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation>Received {when}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Serial No.</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Warranty until</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Service intake receipt</source>
        <translation>Service intake receipt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Repeat repair of</source>
        <translation>Repeat repair of</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Estimated fee</source>
        <translation>Estimated fee</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>Pick up by</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Accessories received</source>
        <translation>Accessories received</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Keep this receipt: the device is handed back against it. If it is lost, bring an identity document and the phone number given above.</source>
        <translation>Keep this receipt: the device is handed back against it. If it is lost, bring an identity document and the phone number given above.</translation>
    </message>
    <message>
        <source>We let you know when the device is ready. Please collect it by {date}.</source>
        <translation>We let you know when the device is ready. Please collect it by {date}.</translation>
    </message>
    <message>
        <source>Back up the data on the device before handing it in: a repair can erase it, and we cannot answer for data lost.</source>
        <translation>Back up the data on the device before handing it in: a repair can erase it, and we cannot answer for data lost.</translation>
    </message>
    <message>
        <source>The estimated fee is a guide: we ask you before any work that costs more.</source>
        <translation>The estimated fee is a guide: we ask you before any work that costs more.</translation>
    </message>
    <message>
        <source>The accessories and the appearance above are what we received; please check them before signing.</source>
        <translation>The accessories and the appearance above are what we received; please check them before signing.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Customer signature</translation>
    </message>
    <message>
        <source>Received by (clerk)</source>
        <translation>Received by (clerk)</translation>
    </message>
    <message>
        <source>Pick-up and settlement slip</source>
        <translation>Pick-up and settlement slip</translation>
    </message>
    <message>
        <source>Picked up {when}</source>
        <translation>Picked up {when}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>No parts used</source>
        <translation>No parts used</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Other fees</source>
        <translation>Other fees</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid: {method}, {when}</source>
        <translation>Paid: {method}, {when}</translation>
    </message>
    <message>
        <source>Paid in total</source>
        <translation>Paid in total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>To refund</translation>
    </message>
    <message>
        <source>Total in words: {words} ({figure})</source>
        <translation>Total in words: {words} ({figure})</translation>
    </message>
    <message>
        <source>Under warranty: no charge for parts and labour.</source>
        <translation>Under warranty: no charge for parts and labour.</translation>
    </message>
    <message>
        <source>Check the device and its accessories before you leave: by signing you confirm that you received them in good order.</source>
        <translation>Check the device and its accessories before you leave: by signing you confirm that you received them in good order.</translation>
    </message>
    <message>
        <source>Keep this slip: it is the proof of payment and of the repair, which we need to serve a repeat repair under its warranty.</source>
        <translation>Keep this slip: it is the proof of payment and of the repair, which we need to serve a repeat repair under its warranty.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <source>Handed over by (clerk)</source>
        <translation>Handed over by (clerk)</translation>
    </message>
    <message>
        <source>Received by (customer)</source>
        <translation>Received by (customer)</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
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
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
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
        <source>Post salary</source>
        <translation>Post salary</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Regions served</source>
        <translation>Regions served</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
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
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Outlet&apos;s share of the labour fee</source>
        <translation>Outlet&apos;s share of the labour fee</translation>
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
        <source>Model</source>
        <translation>Model</translation>
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
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Resolution</source>
        <translation>Resolution</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Standard labour fee</source>
        <translation>Standard labour fee</translation>
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
        <source>Reward or penalty</source>
        <translation>Reward or penalty</translation>
    </message>
    <message>
        <source>Reward (added)</source>
        <translation>Reward (added)</translation>
    </message>
    <message>
        <source>Penalty (deducted)</source>
        <translation>Penalty (deducted)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <source>Allowed time (hours)</source>
        <translation>Allowed time (hours)</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Hour late</source>
        <translation>Hour late</translation>
    </message>
    <message>
        <source>Day late</source>
        <translation>Day late</translation>
    </message>
    <message>
        <source>Cap (0: none)</source>
        <translation>Cap (0: none)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Read the record again from the server (your changes are discarded)</source>
        <translation>Read the record again from the server (your changes are discarded)</translation>
    </message>
    <message>
        <source>Read only: your profile does not allow changing this.</source>
        <translation>Read only: your profile does not allow changing this.</translation>
    </message>
    <message>
        <source>(automatic when left empty)</source>
        <translation>(automatic when left empty)</translation>
    </message>
    <message>
        <source>(inactive #{id})</source>
        <translation>(inactive #{id})</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when}.</source>
        <translation>Last changed by {who} at {when}.</translation>
    </message>
    <message>
        <source>To correct: {fields}</source>
        <translation>To correct: {fields}</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>New {record}</source>
        <translation>New {record}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this {record}?</source>
        <translation>Delete this {record}?</translation>
    </message>
    <message>
        <source>Not deleted: {problem}</source>
        <translation>Not deleted: {problem}</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Deactivate it now?</source>
        <translation>Deactivate it now?</translation>
    </message>
    <message>
        <source>Deactivated: it is kept, but no longer offered for new work.</source>
        <translation>Deactivated: it is kept, but no longer offered for new work.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Filter regions…</source>
        <translation>Filter regions…</translation>
    </message>
    <message>
        <source>{n} chosen</source>
        <translation>{n} chosen</translation>
    </message>
</context>
<context>
    <name>ReturningPanel</name>
    <message>
        <source>Returning customer</source>
        <translation>Returning customer</translation>
    </message>
    <message>
        <source>Type a phone number, a name, a customer code, pinyin initials or a serial number in the Customer field: what the customer had done here shows in this panel.</source>
        <translation>Type a phone number, a name, a customer code, pinyin initials or a serial number in the Customer field: what the customer had done here shows in this panel.</translation>
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
        <source>Warranty to</source>
        <translation>Warranty to</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Double-click or Enter: take this device in</source>
        <translation>Double-click or Enter: take this device in</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the order</source>
        <translation>Double-click or Enter: open the order</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Pre-orders</source>
        <translation>Pre-orders</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Returning customer: {name}</source>
        <translation>Returning customer: {name}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>{orders} earlier orders · {open} open · {complaints} complaints</source>
        <translation>{orders} earlier orders · {open} open · {complaints} complaints</translation>
    </message>
    <message>
        <source>Owes ¥{amount}</source>
        <translation>Owes ¥{amount}</translation>
    </message>
    <message>
        <source>Owes nothing</source>
        <translation>Owes nothing</translation>
    </message>
    <message>
        <source>Repeat repair: within the warranty of {number}</source>
        <translation>Repeat repair: within the warranty of {number}</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>In warranty</translation>
    </message>
    <message>
        <source>Orders ({n})</source>
        <translation>Orders ({n})</translation>
    </message>
    <message>
        <source>Open orders ({n})</source>
        <translation>Open orders ({n})</translation>
    </message>
    <message>
        <source>Complaints ({n})</source>
        <translation>Complaints ({n})</translation>
    </message>
    <message>
        <source>Pre-orders ({n})</source>
        <translation>Pre-orders ({n})</translation>
    </message>
    <message>
        <source>Devices ({n}): double-click one to take it in</source>
        <translation>Devices ({n}): double-click one to take it in</translation>
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
<context>
    <name>Settlement</name>
    <message>
        <source>to record</source>
        <translation>to record</translation>
    </message>
    <message>
        <source>with {amount} to record</source>
        <translation>with {amount} to record</translation>
    </message>
    <message>
        <source>You may give any discount.</source>
        <translation>You may give any discount.</translation>
    </message>
    <message>
        <source>Up to {limit} without the discount permission</source>
        <translation>Up to {limit} without the discount permission</translation>
    </message>
    <message>
        <source>To claim from the brand {brand}: {amount}, recorded when the machine is picked up.</source>
        <translation>To claim from the brand {brand}: {amount}, recorded when the machine is picked up.</translation>
    </message>
    <message>
        <source>Pick &amp;up</source>
        <translation>Pick &amp;up</translation>
    </message>
    <message>
        <source>Settlement and pick-up: {number}</source>
        <translation>Settlement and pick-up: {number}</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Parts fee:</source>
        <translation>Parts fee:</translation>
    </message>
    <message>
        <source>Labour fee:</source>
        <translation>Labour fee:</translation>
    </message>
    <message>
        <source>&amp;Other fees:</source>
        <translation>&amp;Other fees:</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>&amp;Discount:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>&amp;Add payment</source>
        <translation>&amp;Add payment</translation>
    </message>
    <message>
        <source>Add the payment to those to record (Enter in the note)</source>
        <translation>Add the payment to those to record (Enter in the note)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove a payment not yet recorded (recorded payments stay)</source>
        <translation>Remove a payment not yet recorded (recorded payments stay)</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>&amp;Print pick-up slip…</source>
        <translation>&amp;Print pick-up slip…</translation>
    </message>
    <message>
        <source>Print the pick-up and settlement slip with a preview (Ctrl+P)</source>
        <translation>Print the pick-up and settlement slip with a preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Re&amp;cord</translation>
    </message>
    <message>
        <source>Record the fees and the payments without handing the machine over (Ctrl+S)</source>
        <translation>Record the fees and the payments without handing the machine over (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>{n} part lines</source>
        <translation>{n} part lines</translation>
    </message>
    <message>
        <source>free: {warranty}</source>
        <translation>free: {warranty}</translation>
    </message>
    <message>
        <source>Record the fees and payments and hand the machine over</source>
        <translation>Record the fees and payments and hand the machine over</translation>
    </message>
    <message>
        <source>Only an order ready for pick-up can be handed over (this one: {status}).</source>
        <translation>Only an order ready for pick-up can be handed over (this one: {status}).</translation>
    </message>
    <message>
        <source>The pick-up slip is printed for an order ready for pick-up or picked up.</source>
        <translation>The pick-up slip is printed for an order ready for pick-up or picked up.</translation>
    </message>
    <message>
        <source>Pick &amp;up on credit</source>
        <translation>Pick &amp;up on credit</translation>
    </message>
    <message>
        <source>Handing over now leaves {amount} unpaid: it will be recorded as a receivable (handed over on credit).</source>
        <translation>Handing over now leaves {amount} unpaid: it will be recorded as a receivable (handed over on credit).</translation>
    </message>
    <message>
        <source>Receivable recorded: {kind}, {amount}</source>
        <translation>Receivable recorded: {kind}, {amount}</translation>
    </message>
    <message>
        <source>Recorded payments cannot be removed.</source>
        <translation>Recorded payments cannot be removed.</translation>
    </message>
    <message>
        <source>Nothing to record.</source>
        <translation>Nothing to record.</translation>
    </message>
    <message>
        <source>Recorded. Balance: {amount}.</source>
        <translation>Recorded. Balance: {amount}.</translation>
    </message>
    <message>
        <source>Handed over.</source>
        <translation>Handed over.</translation>
    </message>
    <message>
        <source>Handed over on credit: {amount} is recorded as a receivable.</source>
        <translation>Handed over on credit: {amount} is recorded as a receivable.</translation>
    </message>
    <message>
        <source>{amount} to claim from the brand {brand} is recorded.</source>
        <translation>{amount} to claim from the brand {brand} is recorded.</translation>
    </message>
    <message>
        <source>Print the pick-up slip for the customer&apos;s signature (Ctrl+P).</source>
        <translation>Print the pick-up slip for the customer&apos;s signature (Ctrl+P).</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>Printed to {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The payments and fees typed are not recorded. Close anyway?</source>
        <translation>The payments and fees typed are not recorded. Close anyway?</translation>
    </message>
</context>
<context>
    <name>SlipForm</name>
    <message>
        <source>(numbered when saved)</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>Supplier, customer or dealer</source>
        <translation>Supplier, customer or dealer</translation>
    </message>
    <message>
        <source>&amp;To warehouse:</source>
        <translation>&amp;To warehouse:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Warehouse:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>&amp;Counterparty:</translation>
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
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Fault origin</source>
        <translation>Fault origin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Fill from &amp;stock</source>
        <translation>Fill from &amp;stock</translation>
    </message>
    <message>
        <source>A stocktake starts from every product the warehouse holds; type what was counted</source>
        <translation>A stocktake starts from every product the warehouse holds; type what was counted</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>Cancel slip</source>
        <translation>Cancel slip</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Choose the warehouse first.</source>
        <translation>Choose the warehouse first.</translation>
    </message>
    <message>
        <source>{n} products on the count sheet.</source>
        <translation>{n} products on the count sheet.</translation>
    </message>
    <message>
        <source>Correcting {number}</source>
        <translation>Correcting {number}</translation>
    </message>
    <message>
        <source>Created by {who} at {when}</source>
        <translation>Created by {who} at {when}</translation>
    </message>
    <message>
        <source>approved by {who} at {when}</source>
        <translation>approved by {who} at {when}</translation>
    </message>
    <message>
        <source>posted by {who} at {when}</source>
        <translation>posted by {who} at {when}</translation>
    </message>
    <message>
        <source>cancelled by {who} at {when}</source>
        <translation>cancelled by {who} at {when}</translation>
    </message>
    <message>
        <source>reverses {number}</source>
        <translation>reverses {number}</translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation>corrects {number}</translation>
    </message>
    <message>
        <source>reversed by {number}</source>
        <translation>reversed by {number}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>Not done: {problem}</translation>
    </message>
    <message>
        <source>(Refresh with F5.)</source>
        <translation>(Refresh with F5.)</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>Save the changes first.</translation>
    </message>
    <message>
        <source>Post a reversal of {number}? Its stock moves are undone; the slip itself stays as it was.</source>
        <translation>Post a reversal of {number}? Its stock moves are undone; the slip itself stays as it was.</translation>
    </message>
    <message>
        <source>Change the slip as it should have been and save: the original is reversed and the corrected slip posted.</source>
        <translation>Change the slip as it should have been and save: the original is reversed and the corrected slip posted.</translation>
    </message>
    <message>
        <source>Warehouse: {warehouse}    Date: {date}    Reason: {reason}</source>
        <translation>Warehouse: {warehouse}    Date: {date}    Reason: {reason}</translation>
    </message>
    <message>
        <source>Counterparty: {who}    Status: {status}    Branch: {branch}</source>
        <translation>Counterparty: {who}    Status: {status}    Branch: {branch}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Total quantity: {total}        Keeper: ________    Approved by: ________    Received by: ________</source>
        <translation>Total quantity: {total}        Keeper: ________    Approved by: ________    Received by: ________</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>New {kind}</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Stock-in</source>
        <extracomment>Number prefixes per kind (the usual Chinese initials: 入库 RK, 出库 CK, 调拨 DB, 盘点 PD).</extracomment>
        <translation>Stock-in</translation>
    </message>
    <message>
        <source>Stock-out</source>
        <translation>Stock-out</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation>Purchase receipt</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Customer return</translation>
    </message>
    <message>
        <source>Dealer return</source>
        <translation>Dealer return</translation>
    </message>
    <message>
        <source>Faulty part taken off a device</source>
        <translation>Faulty part taken off a device</translation>
    </message>
    <message>
        <source>Other stock-in</source>
        <translation>Other stock-in</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Used in repairs</source>
        <translation>Used in repairs</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>Other stock-out</source>
        <translation>Other stock-out</translation>
    </message>
    <message>
        <source>Into scrap</source>
        <translation>Into scrap</translation>
    </message>
    <message>
        <source>Into dealer returns</source>
        <translation>Into dealer returns</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Faulty from the supplier</source>
        <translation>Faulty from the supplier</translation>
    </message>
    <message>
        <source>Damaged in the workshop</source>
        <translation>Damaged in the workshop</translation>
    </message>
    <message>
        <source>Stock slip</source>
        <extracomment>What a ledger row&apos;s source is (stock_move.source_kind). Later documents add theirs.</extracomment>
        <translation>Stock slip</translation>
    </message>
</context>
<context>
    <name>StockViews</name>
    <message>
        <source>Stock slip</source>
        <translation>Stock slip</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>To warehouse</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <source>Reversed by</source>
        <translation>Reversed by</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stock slips</source>
        <translation>Stock slips</translation>
    </message>
    <message>
        <source>New slip</source>
        <translation>New slip</translation>
    </message>
    <message>
        <source>Warehouse code</source>
        <translation>Warehouse code</translation>
    </message>
    <message>
        <source>Warehouse kind</source>
        <translation>Warehouse kind</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Product code</translation>
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
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock on hand</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>&amp;Low stock only</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Fault origin</source>
        <translation>Fault origin</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Stock card: {what}</source>
        <translation>Stock card: {what}</translation>
    </message>
    <message>
        <source>Card: {what}</source>
        <translation>Card: {what}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Value at cost</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>Stock valuation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>Stock ledger</translation>
    </message>
</context>
<context>
    <name>Trees</name>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>(No grade)</source>
        <translation>(No grade)</translation>
    </message>
    <message>
        <source>(No region)</source>
        <translation>(No region)</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>(No category)</translation>
    </message>
    <message>
        <source>Move “{name}” to…</source>
        <translation>Move “{name}” to…</translation>
    </message>
    <message>
        <source>Type to filter: name, code or pinyin</source>
        <translation>Type to filter: name, code or pinyin</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Top level)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Where should “{name}” go?</source>
        <translation>Where should “{name}” go?</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>Show deactivated entries too (greyed)</source>
        <translation>Show deactivated entries too (greyed)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>A new entry under the selected one (Ctrl+N)</source>
        <translation>A new entry under the selected one (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected entry&apos;s form (F2, Enter)</source>
        <translation>Open the selected entry&apos;s form (F2, Enter)</translation>
    </message>
    <message>
        <source>Move the selected entry under another one (Ctrl+M, or drag it there)</source>
        <translation>Move the selected entry under another one (Ctrl+M, or drag it there)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>New {what}</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the next {n}</source>
        <translation>Double-click or press Enter to show the next {n}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Moved “{name}” to “{target}”.</source>
        <translation>Moved “{name}” to “{target}”.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>There is nowhere “{name}” could move to.</source>
        <translation>There is nowhere “{name}” could move to.</translation>
    </message>
    <message>
        <source>Activated “{name}”.</source>
        <translation>Activated “{name}”.</translation>
    </message>
    <message>
        <source>Deactivated “{name}”.</source>
        <translation>Deactivated “{name}”.</translation>
    </message>
    <message>
        <source>Department / employee</source>
        <translation>Department / employee</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>Category / product</source>
        <translation>Category / product</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Grade / region / customer</source>
        <translation>Grade / region / customer</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Region (customers)</source>
        <translation>Region (customers)</translation>
    </message>
    <message>
        <source>Branch / kind / warehouse</source>
        <translation>Branch / kind / warehouse</translation>
    </message>
</context>
</TS>
