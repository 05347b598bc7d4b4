<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Starting this PC&apos;s database… The first start prepares the demo data.</source>
        <translation>正在启动本机数据库… 首次启动需要准备演示数据。</translation>
    </message>
    <message>
        <source>Aftersales</source>
        <translation>售后服务管理系统</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added</source>
        <extracomment>What the viewer calls each action (translated in context &quot;AuditAction&quot;).</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>修改密码被拒绝</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Sensitive fields shown</source>
        <translation>显示敏感信息</translation>
    </message>
</context>
<context>
    <name>AuditConditions</name>
    <message>
        <source>operator code</source>
        <translation>操作员编码</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部数据表</translation>
    </message>
    <message>
        <source>record key</source>
        <translation>记录主键</translation>
    </message>
    <message>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作员:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Role and profile</source>
        <translation>角色与权限</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>客户等级(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R):</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H):</translation>
    </message>
    <message>
        <source>Phone &amp;2:</source>
        <translation>电话2(&amp;2):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Where bought</source>
        <translation>购买地点</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Warranty until (override)</source>
        <translation>保修截止（手工指定）</translation>
    </message>
    <message>
        <source>Add &amp;device</source>
        <translation>添加机器(&amp;D)</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>删除机器</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>客户机器</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when}.</source>
        <translation>最后由 {who} 于 {when} 修改。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete customer {name} and its devices?</source>
        <translation>删除客户 {name} 及其机器？</translation>
    </message>
    <message>
        <source>Not deleted: {problem}</source>
        <translation>未删除：{problem}</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>Dictionary</name>
    <message>
        <source>Product models</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Fault phenomena</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Accessories received</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <source>Appearance notes</source>
        <translation>外观描述</translation>
    </message>
    <message>
        <source>Places of purchase</source>
        <translation>购买地点</translation>
    </message>
</context>
<context>
    <name>DictionaryCombo</name>
    <message>
        <source>New: “{value}” will be added to the dictionary when you save.</source>
        <translation>新值：保存时“{value}”将加入字典。</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Database {database} holds no Aftersales data. Ask your administrator to prepare it with &apos;aftersales-admin init&apos;, or choose another connection.</source>
        <translation>数据库 {database} 中没有售后系统数据。请联系系统管理员运行“aftersales-admin init”进行初始化，或选择其他连接。</translation>
    </message>
    <message>
        <source>The database was upgraded by a newer Aftersales (schema {revision}). Install the new version of this program.</source>
        <translation>该数据库已被更新版本的售后系统升级（数据库结构版本 {revision}）。请安装本程序的新版本。</translation>
    </message>
    <message>
        <source>The database has an older schema ({revision}; this program needs {head}). Ask your administrator to run &apos;aftersales-admin upgrade&apos;.</source>
        <translation>该数据库的数据库结构版本过旧（当前为 {revision}，本程序需要 {head}）。请联系系统管理员运行“aftersales-admin upgrade”进行升级。</translation>
    </message>
    <message>
        <source>This login is not an active operator of this database. Ask your administrator to check the operator and the connection&apos;s role prefix.</source>
        <translation>该登录账号不是此数据库中的有效操作员。请联系系统管理员检查操作员设置及连接配置的角色前缀。</translation>
    </message>
    <message>
        <source>Enter an operator code.</source>
        <translation>请输入操作员编码。</translation>
    </message>
    <message>
        <source>An operator code has at most {n} characters.</source>
        <translation>操作员编码最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>An operator code uses only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>操作员编码只能包含字母、数字以及“.”、“-”和“_”。</translation>
    </message>
    <message>
        <source>This server runs PostgreSQL {major}; Aftersales needs PostgreSQL 16 or newer (older servers let CREATEROLE grant almost any role).</source>
        <translation>该服务器运行的是 PostgreSQL {major}；本系统需要 PostgreSQL 16 或更高版本（旧版本中 CREATEROLE 几乎可以授予任何角色）。</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password must not contain the operator code.</source>
        <translation>密码不能包含操作员编码。</translation>
    </message>
    <message>
        <source>A document number prefix is 1 to 4 capital letters.</source>
        <translation>单号前缀须为 1 至 4 个大写字母。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The database refused: your profile may not change this operator or profile. (Administrators are managed by whoever created them.)</source>
        <translation>数据库拒绝了此操作：您的角色无权修改该操作员或角色。（系统管理员只能由其创建者管理。）</translation>
    </message>
    <message>
        <source>No operator {code}.</source>
        <translation>操作员 {code} 不存在。</translation>
    </message>
    <message>
        <source>Give the operator at least one profile.</source>
        <translation>请为操作员至少分配一个角色。</translation>
    </message>
    <message>
        <source>The operator code {code} is taken.</source>
        <translation>操作员编码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>This employee already has an operator.</source>
        <translation>该员工已有操作员账号。</translation>
    </message>
    <message>
        <source>Your profile may not create operators.</source>
        <translation>您的角色无权新建操作员。</translation>
    </message>
    <message>
        <source>Someone else changed operator {code} meanwhile; reopen it.</source>
        <translation>在此期间操作员 {code} 已被他人修改，请重新打开。</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用您自己的操作员账号。</translation>
    </message>
    <message>
        <source>A dictionary entry has at most 200 characters.</source>
        <translation>字典项最多 200 个字符。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number, or a landline with its area code (010-12345678).</source>
        <translation>请输入 11 位手机号码，或带区号的固定电话（010-12345678）。</translation>
    </message>
    <message>
        <source>Device {n}: the purchase date is in the future.</source>
        <translation>第 {n} 台机器：购买日期晚于今天。</translation>
    </message>
    <message>
        <source>Device {n}: the warranty ends before the purchase.</source>
        <translation>第 {n} 台机器：保修截止早于购买日期。</translation>
    </message>
    <message>
        <source>Another clerk saved a customer with the same code at this moment; save again.</source>
        <translation>其他人刚刚用相同编码保存了客户，请再保存一次。</translation>
    </message>
    <message>
        <source>Someone deleted this customer meanwhile.</source>
        <translation>该客户已被他人删除。</translation>
    </message>
    <message>
        <source>{who} changed this customer at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} 在您打开之后于 {when} 修改了该客户。请重新读取查看其修改；您输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <source>A removed device has service orders; it cannot be removed.</source>
        <translation>要删除的机器已有服务单，不能删除。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer has complaints, consultations or service orders, so it cannot be deleted. Untick Active to hide it instead.</source>
        <translation>该客户已有投诉、咨询或服务单，不能删除。可取消“启用”将其隐藏。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）：{reason}</translation>
    </message>
    <message>
        <source>The first row must name the columns as the export does; a “Customer” column is needed.</source>
        <translation>第一行须与导出文件一样写明列名，且须有“客户”列。</translation>
    </message>
    <message>
        <source>more than {n} rows</source>
        <translation>超过 {n} 行</translation>
    </message>
    <message>
        <source>no customer name</source>
        <translation>缺少客户名称</translation>
    </message>
    <message>
        <source>unknown grade “{value}”</source>
        <translation>客户等级“{value}”不存在</translation>
    </message>
    <message>
        <source>unknown region “{value}”</source>
        <translation>区域“{value}”不存在</translation>
    </message>
    <message>
        <source>bad phone number “{value}”</source>
        <translation>电话号码“{value}”格式不对</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Someone else changed this record in the meantime. Reopen it to see their changes, then make yours again.</source>
        <translation>在此期间该记录已被他人修改。请重新打开查看最新内容，然后重新进行您的修改。</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check the network; the next action will reconnect. Nothing was saved by the failed action.</source>
        <translation>与服务器的连接已断开。请检查网络；下次操作时将自动重新连接。本次失败的操作未保存任何数据。</translation>
    </message>
    <message>
        <source>An unexpected error occurred. The details were written to the log file:
{path}</source>
        <translation>发生意外错误。详细信息已写入日志文件：
{path}</translation>
    </message>
    <message>
        <source>Aftersales</source>
        <translation>售后服务管理系统</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>欢迎您，{name}</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作员:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分公司:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>角色:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器:</translation>
    </message>
    <message>
        <source>PostgreSQL:</source>
        <translation>PostgreSQL:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>数据库结构版本:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>分公司数:</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>部门数:</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>员工数:</translation>
    </message>
    <message>
        <source>Engineers:</source>
        <translation>工程师数:</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>操作员数:</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Filter: type any text (Ctrl+F)</source>
        <translation>筛选：输入任意文字（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show sensitive fields</source>
        <translation>显示敏感信息</translation>
    </message>
    <message>
        <source>Show or hide phone numbers, salaries and other sensitive fields (Ctrl+Shift+H). Showing them is recorded in the audit log.</source>
        <translation>显示或隐藏电话号码、工资等敏感信息（Ctrl+Shift+H）。显示敏感信息的操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选:</translation>
    </message>
    <message>
        <source>{n} rows loaded</source>
        <translation>已加载 {n} 行</translation>
    </message>
    <message>
        <source>{n} of {total} rows</source>
        <translation>已加载 {n} 行，共 {total} 行</translation>
    </message>
    <message>
        <source>Total {column}: {sum}</source>
        <translation>{column}合计：{sum}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>正在导出到 Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>单号前缀</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>技术等级</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Post salary</source>
        <translation>岗位工资</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>数据库角色</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator (database role)</source>
        <translation>操作员（数据库角色）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Old values</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Aftersales — Log in</source>
        <translation>售后服务管理系统 — 登录</translation>
    </message>
    <message>
        <source>Aftersales service management</source>
        <translation>售后服务管理系统</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>e.g. clerk</source>
        <translation>例如：clerk</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>This PC — demo data</source>
        <translation>本机 — 演示数据</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>⚠ This connection does not verify the server&apos;s certificate (TLS mode {mode}). Over a VPN or the internet, ask your administrator for the server&apos;s root certificate and use verify-full.</source>
        <translation>⚠ 此连接不验证服务器证书（TLS 模式 {mode}）。通过 VPN 或互联网连接时，请向系统管理员索取服务器的根证书，并使用 verify-full 模式。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Delete the connection profile “{name}”?</source>
        <translation>确定要删除连接配置“{name}”吗？</translation>
    </message>
    <message>
        <source>Demo operator</source>
        <translation>演示操作员</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>permissions</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Click an operator to fill in the login; double-click to log in at once.</source>
        <translation>单击操作员填入登录信息；双击直接登录。</translation>
    </message>
    <message>
        <source>This PC has no Aftersales database yet. It will be created now, with the administrator “admin”.
Choose the administrator&apos;s password:</source>
        <translation>本机还没有售后系统数据库，现在将创建它，并建立管理员“admin”。
请设置管理员密码:</translation>
    </message>
    <message>
        <source>Enter your operator code.</source>
        <translation>请输入操作员编码。</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The operator code or the password is wrong. (The server does not say which, so that nobody can probe for operator codes.)</source>
        <translation>操作员编码或密码错误。（为防止他人试探操作员编码，服务器不会提示具体是哪一项有误。）</translation>
    </message>
    <message>
        <source>This operator may not log in: it is disabled or its password has expired. Ask your administrator.</source>
        <translation>该操作员无法登录：已被停用或密码已过期。请联系系统管理员。</translation>
    </message>
    <message>
        <source>Cannot reach the server at {where}. Check the network or VPN, and that the server is running.</source>
        <translation>无法连接到服务器 {where}。请检查网络或 VPN，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>The server has no database “{db}”. Check the connection profile.</source>
        <translation>服务器上不存在数据库“{db}”。请检查连接配置。</translation>
    </message>
    <message>
        <source>The server refused this operator for “{db}”. Ask your administrator to allow this computer and operator.</source>
        <translation>服务器拒绝该操作员访问“{db}”。请联系系统管理员允许本计算机及该操作员访问。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {where} failed. Check the profile&apos;s TLS mode and root certificate.</source>
        <translation>与 {where} 的安全连接（TLS）失败。请检查连接配置中的 TLS 模式和根证书。</translation>
    </message>
    <message>
        <source>Could not log in.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Server said: {detail}</source>
        <translation>服务器返回：{detail}</translation>
    </message>
    <message>
        <source>Set up this PC</source>
        <translation>初始化本机</translation>
    </message>
    <message>
        <source>Type the password again:</source>
        <translation>请再次输入密码:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Departments and staff</source>
        <translation>部门与人员</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer devices</source>
        <translation>客户机器</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>客户咨询</translation>
    </message>
    <message>
        <source>Customer grades</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Products and parts</source>
        <translation>产品与配件</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Basic settings</source>
        <translation>基础资料</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Engineers and regions</source>
        <translation>工程师服务区域</translation>
    </message>
    <message>
        <source>Service outlets</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Warehouse kinds</source>
        <translation>仓库类型</translation>
    </message>
    <message>
        <source>Work types</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>奖惩项目</translation>
    </message>
    <message>
        <source>Overdue rules</source>
        <translation>超期扣罚规则</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Profiles and permissions</source>
        <translation>角色与权限</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Aftersales — {branch} — {operator}</source>
        <translation>售后服务管理系统 — {branch} — {operator}</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>导航栏</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This tab has changes that are not saved. Close it anyway?</source>
        <translation>此标签页有未保存的修改。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Open the home tab</source>
        <translation>打开首页</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the current tab again from the server</source>
        <translation>从服务器重新读取当前标签页的数据</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>显示或隐藏导航栏</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Log out and show the login again</source>
        <translation>注销并返回登录界面</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export every row the filter selects to Excel</source>
        <translation>将筛选出的全部记录导出到 Excel</translation>
    </message>
    <message>
        <source>Export every row the filter selects to Excel (Ctrl+E)</source>
        <translation>将筛选出的全部记录导出到 Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>This tab has nothing to export</source>
        <translation>当前标签页没有可导出的数据</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>About Aftersales</source>
        <translation>关于售后服务管理系统</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aftersales&lt;/b&gt; {version}&lt;br&gt;After-sales service management.&lt;br&gt;&lt;br&gt;Database: {database} (schema {schema})&lt;br&gt;Server: {server}, PostgreSQL {pg}&lt;br&gt;Logged in as {role}</source>
        <translation>&lt;b&gt;售后服务管理系统&lt;/b&gt; {version}&lt;br&gt;Aftersales 售后服务管理软件。&lt;br&gt;&lt;br&gt;数据库：{database}（数据库结构版本 {schema}）&lt;br&gt;服务器：{server}，PostgreSQL {pg}&lt;br&gt;登录角色：{role}</translation>
    </message>
    <message>
        <source>Operator: {code} {name}</source>
        <translation>操作员：{code} {name}</translation>
    </message>
    <message>
        <source>Branch: {branch}</source>
        <translation>分公司：{branch}</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>服务器：{server}</translation>
    </message>
    <message>
        <source>● Connected · {ms} ms</source>
        <translation>● 已连接 · {ms} ms</translation>
    </message>
    <message>
        <source>Round trip to the server, measured every 30 s</source>
        <translation>与服务器的往返延迟，每 30 秒测量一次</translation>
    </message>
    <message>
        <source>● Connection lost</source>
        <translation>● 连接已断开</translation>
    </message>
    <message>
        <source>The next action will try to reconnect.</source>
        <translation>下次操作时将尝试重新连接。</translation>
    </message>
    <message>
        <source>Some tabs have changes that are not saved. Leave anyway?</source>
        <translation>部分标签页有未保存的修改。仍要退出吗？</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Import customers from Excel</source>
        <translation>从 Excel 导入客户</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows need correcting first.</source>
        <translation>未导入任何记录：有 {n} 行需要先改正。</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>第 {row} 行：{what}</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Imported {n} customers.</source>
        <translation>已导入 {n} 个客户。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Customer devices</source>
        <translation>客户机器</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Where bought</source>
        <translation>购买地点</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>投诉主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>客户咨询</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>咨询时间</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Customer grades</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Products and parts</source>
        <translation>产品与配件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>销售价</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>保修期（月）</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>片区</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Service outlets</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Outlet&apos;s share</source>
        <translation>网点分成比例</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Per job</source>
        <translation>按单</translation>
    </message>
    <message>
        <source>Regions served</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Engineers and regions</source>
        <translation>工程师服务区域</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>技术等级</translation>
    </message>
    <message>
        <source>Warehouse kinds</source>
        <translation>仓库类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>仓库类型</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Work types</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Standard fee</source>
        <translation>标准工时费</translation>
    </message>
    <message>
        <source>Commission: repair</source>
        <translation>维修提成</translation>
    </message>
    <message>
        <source>Commission: installation</source>
        <translation>安装提成</translation>
    </message>
    <message>
        <source>Commission: outsourced</source>
        <translation>外包提成</translation>
    </message>
    <message>
        <source>Time limit (hours)</source>
        <translation>时限（小时）</translation>
    </message>
    <message>
        <source>Rewards and penalties</source>
        <translation>奖惩项目</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>奖惩项目</translation>
    </message>
    <message>
        <source>Amount (+ reward, − penalty)</source>
        <translation>金额（+ 奖励，− 扣罚）</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>外包</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Overdue rules</source>
        <translation>超期扣罚规则</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Allowed (hours)</source>
        <translation>允许时长（小时）</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶金额</translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>字典</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>字典项</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>使用次数</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>新建操作员</translation>
    </message>
    <message>
        <source>Operator {code}</source>
        <translation>操作员 {code}</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Operator &amp;code:</source>
        <translation>操作员编码(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>员工(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>分公司(&amp;B):</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>确认密码(&amp;A):</translation>
    </message>
    <message>
        <source>The operator must choose a new password at first login.</source>
        <translation>操作员首次登录时须修改密码。</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <source>Give the operator at least one profile.</source>
        <translation>请为操作员至少分配一个角色。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Operator {code} created.</source>
        <translation>操作员 {code} 已创建。</translation>
    </message>
    <message>
        <source>Operator {code} saved.</source>
        <translation>操作员 {code} 已保存。</translation>
    </message>
    <message>
        <source>Temporary password for {code} (they must change it at next login):</source>
        <translation>操作员 {code} 的临时密码（下次登录时须修改）:</translation>
    </message>
    <message>
        <source>The password of {code} was reset.</source>
        <translation>操作员 {code} 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>OrgTreeTab</name>
    <message>
        <source>Department / employee</source>
        <translation>部门 / 员工</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>技术等级</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
</context>
<context>
    <name>PagedQueryModel</name>
    <message>
        <source>Hidden: a sensitive field</source>
        <translation>已隐藏：敏感信息</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was reset by an administrator. Choose your own password before you continue.</source>
        <translation>您的密码已被系统管理员重置。请先设置您自己的密码，然后再继续。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N):</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>确认新密码(&amp;A):</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Edit branches, departments and employees</source>
        <translation>维护分公司、部门和员工</translation>
    </message>
    <message>
        <source>Edit customers, their devices, complaints and consultations</source>
        <translation>维护客户、客户机器、投诉和咨询</translation>
    </message>
    <message>
        <source>Edit products, spare parts, categories and brands</source>
        <translation>维护产品、配件、产品类别和品牌</translation>
    </message>
    <message>
        <source>Edit basic settings: regions, outlets, customer grades, warehouses, work types, rewards, penalties, overdue rules and dictionaries</source>
        <translation>维护基础资料：区域、服务网点、客户等级、仓库、工种、奖惩项目、超期扣罚规则和数据字典</translation>
    </message>
    <message>
        <source>Show phone numbers</source>
        <translation>显示电话号码</translation>
    </message>
    <message>
        <source>Show customers&apos; addresses</source>
        <translation>显示客户地址</translation>
    </message>
    <message>
        <source>Show and change salaries</source>
        <translation>显示和修改工资</translation>
    </message>
    <message>
        <source>Show cost prices</source>
        <translation>显示成本价</translation>
    </message>
    <message>
        <source>Work with every branch&apos;s records</source>
        <translation>处理所有分公司的记录</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Administer operators and profiles</source>
        <translation>管理操作员和角色</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Counter clerk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>派工员</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Warehouse keeper</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation>可选：pg_service.conf 中的服务名</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>default: from the database name</source>
        <translation>默认：根据数据库名生成</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务名(&amp;S):</translation>
    </message>
    <message>
        <source>TLS &amp;mode:</source>
        <translation>TLS 模式(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>根证书(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Channel binding:</source>
        <translation>通道绑定(&amp;C):</translation>
    </message>
    <message>
        <source>Ro&amp;le prefix:</source>
        <translation>角色前缀(&amp;L):</translation>
    </message>
    <message>
        <source>Root certificate of the server</source>
        <translation>选择服务器根证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书文件 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>⚠ This profile does not verify the server&apos;s certificate: on a remote network someone could pose as the server. Use verify-full with the server&apos;s root certificate.</source>
        <translation>⚠ 此连接配置不验证服务器证书：在远程网络中，他人可能冒充服务器。请使用 verify-full 模式并配置服务器的根证书。</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>请输入连接配置名称。</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>已存在同名的连接配置。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name, or a service name.</source>
        <translation>请输入服务器主机名或服务名。</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>请输入数据库名。</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the profiles (Ctrl+S)</source>
        <translation>保存角色设置（Ctrl+S）</translation>
    </message>
    <message>
        <source>Each column is a profile; tick what its operators may do. Operators get the sum of their profiles. Changes take effect at their next login.</source>
        <translation>每列为一个角色，请勾选该角色的操作员可执行的操作。操作员拥有其全部角色的权限之和。修改在操作员下次登录时生效。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full value (recorded in the audit log)</source>
        <translation>显示完整内容（记入审计日志）</translation>
    </message>
</context>
</TS>
