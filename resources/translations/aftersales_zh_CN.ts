<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessoriesField</name>
    <message>
        <source>Pick or type, Enter adds</source>
        <extracomment>The stamp&apos;s ink per status: calm for waiting, blue at work, amber and red for trouble, green when done.</extracomment>
        <translation>选择或输入，按回车添加</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>移除 {item}</translation>
    </message>
</context>
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
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Engineer&apos;s region</source>
        <translation>工程师服务区域</translation>
    </message>
    <message>
        <source>Service outlet</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Outlet&apos;s region</source>
        <translation>网点服务区域</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customer grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer device</source>
        <translation>客户机器</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>客户咨询</translation>
    </message>
    <message>
        <source>Warehouse kind</source>
        <translation>仓库类型</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Reward or penalty item</source>
        <translation>奖惩项目</translation>
    </message>
    <message>
        <source>Overdue rule</source>
        <translation>超期扣罚规则</translation>
    </message>
    <message>
        <source>Dictionary entry</source>
        <translation>字典项</translation>
    </message>
    <message>
        <source>Stock slip</source>
        <translation>库存单据</translation>
    </message>
    <message>
        <source>Stock slip line</source>
        <translation>库存单据明细</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Part used on an order</source>
        <translation>服务单用料</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Customer notification</source>
        <translation>客户通知</translation>
    </message>
    <message>
        <source>Order printout</source>
        <translation>服务单打印</translation>
    </message>
    <message>
        <source>Parts pre-order</source>
        <translation>配件预订</translation>
    </message>
    <message>
        <source>Dispatch slip</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Engineer&apos;s share of a dispatch</source>
        <translation>派工单工程师分成</translation>
    </message>
    <message>
        <source>Part taken off on site</source>
        <translation>上门拆下配件</translation>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>机器(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when}.</source>
        <translation>最后由 {who} 于 {when} 修改。</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
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
        <source>&amp;History ({n})</source>
        <translation>历史记录（{n}）(&amp;H)</translation>
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
    <name>CustomerSearch</name>
    <message>
        <source>Phone number, name, code, pinyin or serial number</source>
        <translation>电话号码、姓名、编码、拼音或机身编号</translation>
    </message>
    <message>
        <source>Type a whole phone number, a name or its pinyin initials, a customer code or a device&apos;s serial number; F4 searches</source>
        <translation>输入完整电话号码、姓名或其拼音首字母、客户编码或机器的机身编号；按 F4 查找</translation>
    </message>
    <message>
        <source>Serial {serial} · {product}</source>
        <extracomment>The devices the last serial search found, by owner.</extracomment>
        <translation>机身编号 {serial} · {product}</translation>
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
    <name>Dispatch</name>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Re-dispatched</source>
        <translation>已改派</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>{d} d {h} h</source>
        <extracomment>The widest a column is made when the board is first filled (px).</extracomment>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <extracomment>How often the board reads itself again while shown (ms).</extracomment>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Read only: you may not dispatch.</source>
        <translation>只读：您无权派工。</translation>
    </message>
    <message>
        <source>Filter: number, customer, product, fault, region, engineer (Ctrl+F)</source>
        <translation>筛选：单号、客户、产品、故障、区域、工程师 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Undispatched only</source>
        <translation>仅未派工(&amp;U)</translation>
    </message>
    <message>
        <source>Hide the orders that are out with someone</source>
        <translation>隐藏已派工的服务单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the board again (F5); it also reads itself every minute</source>
        <translation>重新读取看板 (F5)；看板每分钟也会自动刷新</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Send the order to the selected engineer or outlet (Enter, or drag the order onto them)</source>
        <translation>将服务单派给所选的工程师或网点 (Enter，或将服务单拖到其上)</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Give the slip that is out to someone else, saying why</source>
        <translation>将已派出的派工单改派给他人，并注明原因</translation>
    </message>
    <message>
        <source>Change appointment…</source>
        <translation>修改预约…</translation>
    </message>
    <message>
        <source>A new appointment time for the slip that is out</source>
        <translation>为已派出的派工单重新约定预约时间</translation>
    </message>
    <message>
        <source>Open slip</source>
        <translation>打开派工单</translation>
    </message>
    <message>
        <source>Open the dispatch slip of the order (Enter on an order that is out)</source>
        <translation>打开该服务单的派工单 (在已派工的服务单上按 Enter)</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Open the service order</source>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Select an order to see who can go.</source>
        <translation>请选择服务单，查看可上门的人员。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>在外</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>Read at {time}</source>
        <translation>读取时间：{time}</translation>
    </message>
    <message>
        <source>The board could not be read: {problem}</source>
        <translation>无法读取看板：{problem}</translation>
    </message>
    <message>
        <source>Region / order</source>
        <translation>区域 / 服务单</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>Out with</source>
        <translation>已派给</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>无区域</translation>
    </message>
    <message>
        <source>{name}  ({total}, {waiting} to dispatch)</source>
        <translation>{name}  （{total}，待派工 {waiting}）</translation>
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
        <translation>超过承诺完成时间</translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <source>Slip {slip}, appointment {when}</source>
        <translation>派工单 {slip}，预约时间 {when}</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation>受理时间：{when}</translation>
    </message>
    <message>
        <source>{shown} of {total} orders shown; {waiting} to dispatch.</source>
        <translation>显示 {shown}/{total} 张服务单；待派工 {waiting} 张。</translation>
    </message>
    <message>
        <source>{total} open on-site orders; {waiting} to dispatch.</source>
        <translation>未完成的上门服务单 {total} 张；待派工 {waiting} 张。</translation>
    </message>
    <message>
        <source>No open on-site orders.</source>
        <translation>没有未完成的上门服务单。</translation>
    </message>
    <message>
        <source>no region given: anyone may go</source>
        <translation>未指定区域：任何人均可上门</translation>
    </message>
    <message>
        <source>Who can go to {number} ({where}):</source>
        <translation>可上门处理 {number}（{where}）的人员：</translation>
    </message>
    <message>
        <source>{name} (has the slip)</source>
        <translation>{name}（持有派工单）</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>编码 {code}</translation>
    </message>
    <message>
        <source>Nobody serves this region. Link an engineer (Engineers and regions) or an outlet (Service outlets) to it or to a region above it.</source>
        <translation>没有工程师或网点负责该区域。请将工程师（工程师服务区域）或服务网点（服务网点）关联到该区域或其上级区域。</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>请先选择服务单。</translation>
    </message>
    <message>
        <source>Already out: re-dispatch it or change the appointment.</source>
        <translation>已派工：请改派或修改预约时间。</translation>
    </message>
    <message>
        <source>Nobody serves this order&apos;s region.</source>
        <translation>没有工程师或网点负责该服务单所在区域。</translation>
    </message>
    <message>
        <source>Not out with anyone yet.</source>
        <translation>尚未派工。</translation>
    </message>
    <message>
        <source>You may not dispatch on-site work.</source>
        <translation>您无权派工上门服务。</translation>
    </message>
    <message>
        <source>That order is not on the board (any more): read it again with F5.</source>
        <translation>该服务单已不在看板上：请按 F5 重新读取。</translation>
    </message>
    <message>
        <source>{who} does not serve the region of {number}.</source>
        <translation>{who} 不负责 {number} 所在的区域。</translation>
    </message>
    <message>
        <source>Dispatched {order} to {who} for {when} (slip {slip}).</source>
        <translation>已将 {order} 派工给 {who}，预约时间 {when}（派工单 {slip}）。</translation>
    </message>
    <message>
        <source>Re-dispatched {order} to {who} for {when} (slip {slip}).</source>
        <translation>已将 {order} 改派给 {who}，预约时间 {when}（派工单 {slip}）。</translation>
    </message>
    <message>
        <source>New appointment for {order} with {who}: {when} (slip {slip}).</source>
        <translation>已修改 {order} 的预约时间：{who}，{when}（派工单 {slip}）。</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch {number}</source>
        <extracomment>How far back and ahead an appointment may be typed (the field keeps to it).</extracomment>
        <translation>派工 {number}</translation>
    </message>
    <message>
        <source>Re-dispatch {number}</source>
        <translation>改派 {number}</translation>
    </message>
    <message>
        <source>Change the appointment of {number}</source>
        <translation>修改 {number} 的预约时间</translation>
    </message>
    <message>
        <source>Why someone else goes (required)</source>
        <translation>改派原因（必填）</translation>
    </message>
    <message>
        <source>For the engineer or outlet (optional)</source>
        <translation>给工程师或网点的说明（选填）</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Re-dispatch</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Change appointment</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>派工对象:</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>派给(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>预约时间(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>Nobody serves this customer&apos;s region: link an engineer or an outlet to it first.</source>
        <translation>没有工程师或网点负责该客户所在区域：请先为该区域关联工程师或服务网点。</translation>
    </message>
    <message>
        <source>Out with {who} for {when} (slip {slip})</source>
        <translation>已派给 {who}，预约时间 {when}（派工单 {slip}）</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>{kind} {name} · {n} out</source>
        <translation>{kind} {name} · 在外 {n} 单</translation>
    </message>
    <message>
        <source>today {times}</source>
        <translation>今日 {times}</translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation>该时间已过。</translation>
    </message>
    <message>
        <source>Slip {slip} is no longer out (completed or re-dispatched meanwhile).</source>
        <translation>派工单 {slip} 已不在外（在此期间已完工或已改派）。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>(The board is read again when this dialog closes.)</source>
        <translation>（关闭此对话框后将重新读取看板。）</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <source>Dispatch slip</source>
        <extracomment>Where the parts taken off go by default: the branch&apos;s scrap store.</extracomment>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the parts taken along (stock moves with them)</source>
        <translation>保存带出配件（库存随之变动）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the slip for the engineer to take along</source>
        <translation>打印派工单，供工程师随身携带</translation>
    </message>
    <message>
        <source>Re-dispatch…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Give the slip to someone else, saying why</source>
        <translation>把派工单改派给别人，并说明原因</translation>
    </message>
    <message>
        <source>Change appointment…</source>
        <translation>修改预约…</translation>
    </message>
    <message>
        <source>A new appointment time (or note) for this slip</source>
        <translation>为此派工单修改预约时间（或备注）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the slip again (F5)</source>
        <translation>重新读取派工单 (F5)</translation>
    </message>
    <message>
        <source>Open the service order</source>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>工程师:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>服务单:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>机器:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>故障现象:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>预约时间:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <source>Dispatched:</source>
        <translation>派工:</translation>
    </message>
    <message>
        <source>&amp;Parts taken along</source>
        <translation>带出配件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Completion</source>
        <translation>完工(&amp;C)</translation>
    </message>
    <message>
        <source>What was done on site</source>
        <translation>上门处理情况</translation>
    </message>
    <message>
        <source>&amp;Signed completion slip came back</source>
        <translation>客户签字的完工单已交回(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>处理结果(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>工种(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Arrived:</source>
        <translation>到达时间(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Finished:</source>
        <translation>完成时间(&amp;F):</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>分成比例%</translation>
    </message>
    <message>
        <source>Add engineer</source>
        <translation>添加工程师</translation>
    </message>
    <message>
        <source>Remove engineer</source>
        <translation>删除工程师</translation>
    </message>
    <message>
        <source>Engineers&apos; shares:</source>
        <translation>工程师分成:</translation>
    </message>
    <message>
        <source>Part taken off</source>
        <translation>拆下配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Into warehouse</source>
        <translation>入库仓库</translation>
    </message>
    <message>
        <source>Why faulty</source>
        <translation>不良原因</translation>
    </message>
    <message>
        <source>Stock slip</source>
        <translation>库存单据</translation>
    </message>
    <message>
        <source>Add part taken off</source>
        <translation>添加拆下配件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Parts taken off the device:</source>
        <translation>从机器上拆下的配件:</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>完工(&amp;M)</translation>
    </message>
    <message>
        <source>Record the completion: the order becomes ready for settlement</source>
        <translation>登记完工：服务单转为待结算</translation>
    </message>
    <message>
        <source>Reading the slip…</source>
        <translation>正在读取派工单…</translation>
    </message>
    <message>
        <source>This slip is no longer out; it was read again.</source>
        <translation>此派工单已不在派出状态，已重新读取。</translation>
    </message>
    <message>
        <source>Re-dispatched as slip {number}.</source>
        <translation>已改派，新派工单 {number}。</translation>
    </message>
    <message>
        <source>&amp;Parts taken along ({n})</source>
        <translation>带出配件（{n}）(&amp;P)</translation>
    </message>
    <message>
        <source>Order: {status}</source>
        <translation>服务单：{status}</translation>
    </message>
    <message>
        <source>Replaces slip {number} because: {reason}</source>
        <translation>替代派工单 {number}，原因：{reason}</translation>
    </message>
    <message>
        <source>Replaced by slip {number} on {when} because: {reason}</source>
        <translation>已于 {when} 由派工单 {number} 替代，原因：{reason}</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>机身编号 {serial}</translation>
    </message>
    <message>
        <source>Service outlet:</source>
        <translation>服务网点:</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}，{who}</translation>
    </message>
    <message>
        <source>Total: {total}%</source>
        <translation>合计：{total}%</translation>
    </message>
    <message>
        <source>Outlet fee: ¥{fee}</source>
        <translation>网点结算费：¥{fee}</translation>
    </message>
    <message>
        <source>The outlet is paid its fee for the work type done.</source>
        <translation>网点按实际完成的工种结算网点结算费。</translation>
    </message>
    <message>
        <source>Outlet fee on completion: ¥{fee} (standard fee ¥{standard} × {ratio})</source>
        <translation>完工时网点结算费：¥{fee}（标准工时费 ¥{standard} × {ratio}）</translation>
    </message>
    <message>
        <source>Double-click to open the stock slip</source>
        <translation>双击打开库存单据</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Save the parts taken along first (Ctrl+S).</source>
        <translation>请先保存带出配件 (Ctrl+S)。</translation>
    </message>
    <message>
        <source>Completed: the order is ready for settlement.</source>
        <translation>已完工：服务单已可结算。</translation>
    </message>
    <message>
        <source>Recorded: the signed slip came back.</source>
        <translation>已记录：完工单已交回。</translation>
    </message>
    <message>
        <source>Recorded: the signed slip has not come back.</source>
        <translation>已记录：完工单未交回。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>未完成：{problem}</translation>
    </message>
    <message>
        <source>(Refresh with F5.)</source>
        <translation>（请按 F5 刷新。）</translation>
    </message>
    <message>
        <source>The printout shows the parts as saved: save them first (Ctrl+S).</source>
        <translation>打印内容为已保存的配件：请先保存 (Ctrl+S)。</translation>
    </message>
    <message>
        <source>The parts taken along change only while the slip is out and its order open.</source>
        <translation>只有在派工单在外且服务单未完成时，才能修改带出配件。</translation>
    </message>
    <message>
        <source>Tick when the completion slip signed by the customer is back in the office</source>
        <translation>客户签字的完工单交回公司后请勾选</translation>
    </message>
    <message>
        <source>Dispatch {number}</source>
        <translation>派工单 {number}</translation>
    </message>
</context>
<context>
    <name>DispatchLists</name>
    <message>
        <source>Open slip</source>
        <extracomment>False until a subclass has set its conditions: the list reads once, not twice.</extracomment>
        <translation>打开派工单</translation>
    </message>
    <message>
        <source>Open the dispatch slip (Enter or double-click)</source>
        <translation>打开派工单 (Enter 或双击)</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Open the service order of the slip</source>
        <translation>打开该派工单的服务单</translation>
    </message>
    <message>
        <source>Slip No.</source>
        <translation>派工单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>服务单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Region</source>
        <translation>区域</translation>
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
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>派工对象</translation>
    </message>
    <message>
        <source>Engineer or outlet</source>
        <translation>工程师/网点</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>派工人</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Work type done</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Signed slip back</source>
        <translation>完工单已交回</translation>
    </message>
    <message>
        <source>Outlet fee</source>
        <translation>网点结算费</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Re-dispatched because</source>
        <translation>改派原因</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>The status box&apos;s presets beyond one status: (code, what it selects).</extracomment>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Completed, signed slip not back</source>
        <translation>已完工，完工单未交回</translation>
    </message>
    <message>
        <source>Out past the appointment</source>
        <translation>超过预约时间未完工</translation>
    </message>
    <message>
        <source>Engineers and outlets</source>
        <translation>工程师和网点</translation>
    </message>
    <message>
        <source>Signed slip: either</source>
        <translation>完工单：全部</translation>
    </message>
    <message>
        <source>Signed slip not back</source>
        <translation>完工单未交回</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分公司</translation>
    </message>
    <message>
        <source>Engineer: code, name or pinyin</source>
        <translation>工程师：编码、姓名或拼音</translation>
    </message>
    <message>
        <source>By date:</source>
        <translation>按日期:</translation>
    </message>
    <message>
        <source>Only the slips of these days</source>
        <translation>只显示这些日期的派工单</translation>
    </message>
    <message>
        <source>Appointment from</source>
        <translation>预约日期从</translation>
    </message>
    <message>
        <source>Completed from</source>
        <translation>完工日期从</translation>
    </message>
    <message>
        <source>Clear conditions</source>
        <translation>清除条件</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{what} {since} to {until}</source>
        <translation>{what} {since} 至 {until}</translation>
    </message>
    <message>
        <source>engineer {name}</source>
        <translation>工程师 {name}</translation>
    </message>
    <message>
        <source>Every dispatch slip</source>
        <translation>全部派工单</translation>
    </message>
    <message>
        <source>Conditions: {list}</source>
        <translation>条件：{list}</translation>
    </message>
    <message>
        <source>Dispatch slips</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>{outlet} (inactive)</source>
        <translation>{outlet}（已停用）</translation>
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
        <source>Outlet</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Standard fee</source>
        <translation>标准工时费</translation>
    </message>
    <message>
        <source>Outlet&apos;s share</source>
        <translation>网点分成比例</translation>
    </message>
    <message>
        <source>Fee owed</source>
        <translation>应付结算费</translation>
    </message>
    <message>
        <source>Terms changed since</source>
        <translation>结算条件已变更</translation>
    </message>
    <message>
        <source>Finished on site</source>
        <translation>上门完成时间</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算周期</translation>
    </message>
    <message>
        <source>Outlet code</source>
        <translation>网点编码</translation>
    </message>
    <message>
        <source>Every outlet</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>网点:</translation>
    </message>
    <message>
        <source>Terms: {ratio} of the standard fee, settled {cycle}</source>
        <translation>结算条件：标准工时费的 {ratio}，{cycle}结算</translation>
    </message>
    <message>
        <source>{outlet}, completed {since} to {until}</source>
        <translation>{outlet}，完工日期 {since} 至 {until}</translation>
    </message>
    <message>
        <source>Outlet statement</source>
        <translation>网点结算单</translation>
    </message>
    <message>
        <source>Summary by outlet</source>
        <translation>按网点汇总</translation>
    </message>
    <message>
        <source>Jobs and fees of each outlet, under the list</source>
        <translation>在列表下方显示各网点的单数和费用</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>The statement as an Excel workbook, with its total</source>
        <translation>将结算单导出为 Excel 工作簿（含合计）</translation>
    </message>
    <message>
        <source>{jobs} jobs    Standard fees: {standard}    Owed to the outlet: {owed}</source>
        <translation>共 {jobs} 单    标准工时费：{standard}    应付网点：{owed}</translation>
    </message>
    <message>
        <source>({n} loaded: scroll for more)</source>
        <translation>（已加载 {n} 条，滚动可查看更多）</translation>
    </message>
    <message>
        <source>Total: {n} jobs</source>
        <translation>合计：{n} 单</translation>
    </message>
    <message>
        <source>Out</source>
        <extracomment>What the screens call each code (context &quot;DispatchLists&quot;).</extracomment>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Re-dispatched</source>
        <translation>已改派</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Service outlet</source>
        <translation>服务网点</translation>
    </message>
</context>
<context>
    <name>DispatchSlip</name>
    <message>
        <source>Dispatch slip</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Slip No.</source>
        <translation>派工单号</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>服务单 {number}</translation>
    </message>
    <message>
        <source>Dispatched {when} by {who}</source>
        <translation>派工：{when}，{who}</translation>
    </message>
    <message>
        <source>Service outlet</source>
        <translation>服务网点</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Replaces slip</source>
        <translation>替代派工单</translation>
    </message>
    <message>
        <source>{number}, because: {reason}</source>
        <translation>{number}，原因：{reason}</translation>
    </message>
    <message>
        <source>Replaced by slip {number}, because: {reason}</source>
        <translation>已由派工单 {number} 替代，原因：{reason}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>No parts taken along</source>
        <translation>无带出配件</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Engineers&apos; shares</source>
        <translation>工程师分成</translation>
    </message>
    <message>
        <source>Faulty from the supplier / damaged by us</source>
        <translation>来货不良 / 维修损坏</translation>
    </message>
    <message>
        <source>No parts taken off</source>
        <translation>无拆下配件</translation>
    </message>
    <message>
        <source>Please check the work before signing: by signing you confirm that it was done as written above. The office settles the parts and the work with you; parts under warranty are free.</source>
        <translation>签字前请检查维修情况：签字即表示您确认已按上述内容完成服务。配件费和服务费由公司与您结算；保修范围内的配件免费。</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>派工信息</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Parts taken along</source>
        <translation>带出配件</translation>
    </message>
    <message>
        <source>Completion (filled in on site)</source>
        <translation>完工情况（现场填写）</translation>
    </message>
    <message>
        <source>Parts taken off the device</source>
        <translation>从机器上拆下的配件</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
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
        <source>Select the entries to merge, and the one to keep as the current row.</source>
        <translation>请选中要合并的字典项，并将要保留的那一项设为当前行。</translation>
    </message>
    <message>
        <source>Some of these entries no longer exist; refresh the list.</source>
        <translation>其中部分字典项已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Only entries of the same dictionary can be merged.</source>
        <translation>只能合并同一字典中的字典项。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>“{name}” is already in this dictionary; merge the two entries instead.</source>
        <translation>“{name}”已在此字典中，请改为合并这两个字典项。</translation>
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
        <source>{column} “{value}” holds control characters</source>
        <translation>{column}“{value}”含有控制字符</translation>
    </message>
    <message>
        <source>{column} “{value}” looks like a formula; type the text itself</source>
        <translation>{column}“{value}”看起来是公式，请直接输入文字本身</translation>
    </message>
    <message>
        <source>{column} “{value}” is longer than {n} characters</source>
        <translation>{column}“{value}”超过 {n} 个字符</translation>
    </message>
    <message>
        <source>{column} “{value}” is masked: export the list with the sensitive fields shown, or clear the cell</source>
        <translation>{column}“{value}”是隐藏后的内容：请在显示敏感信息的状态下重新导出列表，或清空该单元格</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a phone number: 11-digit mobile, or a landline with its area code (010-12345678)</source>
        <translation>{column}“{value}”不是有效的电话号码：应为 11 位手机号码，或带区号的固定电话（010-12345678）</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a number</source>
        <translation>{column}“{value}”不是数字</translation>
    </message>
    <message>
        <source>{column} “{value}” is negative</source>
        <translation>{column}“{value}”为负数</translation>
    </message>
    <message>
        <source>{column} “{value}” is too large</source>
        <translation>{column}“{value}”数值过大</translation>
    </message>
    <message>
        <source>{column} “{value}” has more than {n} decimals</source>
        <translation>{column}“{value}”的小数位超过 {n} 位</translation>
    </message>
    <message>
        <source>{column} “{value}” is not a whole number from {low} to {high}</source>
        <translation>{column}“{value}”不是 {low} 至 {high} 之间的整数</translation>
    </message>
    <message>
        <source>{column} “{value}” is neither yes nor no (是/否, 1/0, ✓)</source>
        <translation>{column}“{value}”既不是“是”也不是“否”（是/否、1/0、✓）</translation>
    </message>
    <message>
        <source>Your profile may not add customers.</source>
        <translation>您的角色无权新增客户。</translation>
    </message>
    <message>
        <source>Your profile may not add products.</source>
        <translation>您的角色无权新增产品。</translation>
    </message>
    <message>
        <source>Your profile may not add employees.</source>
        <translation>您的角色无权新增员工。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx): {reason}</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）：{reason}</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read: {reason}</source>
        <translation>{file} 已损坏，无法读取：{reason}</translation>
    </message>
    <message>
        <source>The first sheet of {file} is empty.</source>
        <translation>{file} 的第一个工作表是空的。</translation>
    </message>
    <message>
        <source>The column “{column}” appears twice in the first row.</source>
        <translation>第一行中“{column}”列出现了两次。</translation>
    </message>
    <message>
        <source>The first row must name the columns as the list&apos;s export does; missing: {columns}.</source>
        <translation>第一行须与列表导出文件一样写明各列标题；缺少：{columns}。</translation>
    </message>
    <message>
        <source>{file} has more than {n} rows; split it into smaller files.</source>
        <translation>{file} 超过 {n} 行，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column}为空</translation>
    </message>
    <message>
        <source>{file} has no rows below the column titles.</source>
        <translation>{file} 的列标题下面没有数据行。</translation>
    </message>
    <message>
        <source>Your profile may not see the column “{column}”, so it may not import it: remove the column from the file, or ask for the permission to see it.</source>
        <translation>您的角色无权查看“{column}”列，因此也不能导入该列：请从文件中删除该列，或申请查看该列的权限。</translation>
    </message>
    <message>
        <source>{column} “{value}” is not in “{scope}”</source>
        <translation>{column}“{value}”不在“{scope}”中</translation>
    </message>
    <message>
        <source>{column} “{value}” is unknown</source>
        <translation>{column}“{value}”不存在</translation>
    </message>
    <message>
        <source>{column} “{value}” is in several; fill in “{other}” to say which</source>
        <translation>{column}“{value}”有多个同名记录，请填写“{other}”加以区分</translation>
    </message>
    <message>
        <source>{column} “{value}” is ambiguous: several have this name</source>
        <translation>{column}“{value}”不明确：有多个记录同名</translation>
    </message>
    <message>
        <source>{column} “{value}” is in “{scope}”; your profile adds records to its own branch only</source>
        <translation>{column}“{value}”属于“{scope}”；您的角色只能为本分公司新增记录</translation>
    </message>
    <message>
        <source>{column} “{value}” is taken already</source>
        <translation>{column}“{value}”已被使用</translation>
    </message>
    <message>
        <source>{column} “{value}” is also in row {row}</source>
        <translation>{column}“{value}”与第 {row} 行重复</translation>
    </message>
    <message>
        <source>Someone added records with the same codes while the file was being checked. Nothing was imported; import the file again.</source>
        <translation>在检查文件期间，有人新增了相同编码的记录。未导入任何记录，请重新导入该文件。</translation>
    </message>
    <message>
        <source>Pick one from the list (F4 searches).</source>
        <translation>请从列表中选择（按 F4 查找）。</translation>
    </message>
    <message>
        <source>Device {n}: pick the product from the list (F4 searches).</source>
        <translation>第 {n} 台机器：请从列表中选择产品（按 F4 查找）。</translation>
    </message>
    <message>
        <source>The chosen record no longer exists; choose another.</source>
        <translation>所选记录已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>The list has no column {column}.</source>
        <translation>列表中没有“{column}”列。</translation>
    </message>
    <message>
        <source>The column {column} holds sensitive data: it cannot be filtered or grouped by.</source>
        <translation>“{column}”列为敏感信息，不能按此列筛选或分组。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for this column.</source>
        <translation>“{value}”不是此列的有效值。</translation>
    </message>
    <message>
        <source>Type the text the column should contain.</source>
        <translation>请输入此列应包含的文字。</translation>
    </message>
    <message>
        <source>A filter text may be at most {n} characters long.</source>
        <translation>筛选文字最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>This column cannot be filtered by a range.</source>
        <translation>此列不能按范围筛选。</translation>
    </message>
    <message>
        <source>Give a lower or an upper bound, or both.</source>
        <translation>请输入下限或上限，或两者都输入。</translation>
    </message>
    <message>
        <source>The lower bound {low} is above the upper bound {high}.</source>
        <translation>下限 {low} 大于上限 {high}。</translation>
    </message>
    <message>
        <source>The list cannot be sorted by {column}.</source>
        <translation>列表不能按“{column}”排序。</translation>
    </message>
    <message>
        <source>Choose the region this one belongs to (only provinces have none).</source>
        <translation>请选择该区域的上级区域（只有省级区域没有上级）。</translation>
    </message>
    <message>
        <source>A region lies one level under the region it belongs to (a city under a province, a district under a city).</source>
        <translation>区域只能比其上级区域低一级（市在省之下，区/县在市之下）。</translation>
    </message>
    <message>
        <source>A record cannot belong to itself or to one of the records under it.</source>
        <translation>记录的上级不能是它自己或它的下级记录。</translation>
    </message>
    <message>
        <source>A department belongs to a department of its own branch.</source>
        <translation>部门的上级部门必须属于同一分公司。</translation>
    </message>
    <message>
        <source>Choose the work type or the service mode the rule applies to.</source>
        <translation>请选择此规则适用的工种或服务方式。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A code holds letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>编码只能包含字母、数字以及“-”、“_”和“.”。</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <extracomment>Money columns of ORDERS a footer or a group summary sums. Statuses an engineer works on (the work queue). Service orders, newest first, with their fees (a ``total``/``balance`` of the customer&apos;s; ``claim`` on manufacturer-claim orders), ``overdue`` (ready and past its pick-up date) and ``late`` (still in the workshop past its promised time). Sum ORDER_SUMS in footers and group summaries. Orders ready but not collected by their pick-up date, oldest due first.</extracomment>
        <translation>请从提供的选项中选择。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>At least {n}.</source>
        <translation>不能小于 {n}。</translation>
    </message>
    <message>
        <source>At most {n}.</source>
        <translation>不能大于 {n}。</translation>
    </message>
    <message>
        <source>At most {n} decimal places.</source>
        <translation>最多 {n} 位小数。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>This record no longer exists: someone deleted it.</source>
        <translation>该记录已不存在：已被他人删除。</translation>
    </message>
    <message>
        <source>Someone deleted this record meanwhile.</source>
        <translation>该记录已被他人删除。</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} 在您打开之后于 {when} 修改了该记录。请重新读取查看其修改；您输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <source>Your profile does not allow changing this {record_table} (or records of another branch).</source>
        <translation>您的角色无权修改此{record_table}（或其他分公司的记录）。</translation>
    </message>
    <message>
        <source>Another record already has this value; it must be unique.</source>
        <translation>已有其他记录使用此值，此值不能重复。</translation>
    </message>
    <message>
        <source>This record is used: {used_table} records refer to it, so it cannot be deleted. Untick Active to hide it from new work instead.</source>
        <translation>该记录已被{used_table}引用，不能删除。可取消“启用”，使其不再用于新业务。</translation>
    </message>
    <message>
        <source>A record this one points to no longer exists; choose again.</source>
        <translation>该记录引用的记录已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>The value is not allowed here.</source>
        <translation>此处不允许该值。</translation>
    </message>
    <message>
        <source>The database refused the change: {reason}</source>
        <translation>数据库拒绝了此修改：{reason}</translation>
    </message>
    <message>
        <source>Line {n}: enter a quantity.</source>
        <translation>第 {n} 行：请输入数量。</translation>
    </message>
    <message>
        <source>Line {n}: “{value}” is not a quantity.</source>
        <translation>第 {n} 行：“{value}”不是有效的数量。</translation>
    </message>
    <message>
        <source>Line {n}: the quantity is too large.</source>
        <translation>第 {n} 行：数量过大。</translation>
    </message>
    <message>
        <source>Line {n}: a quantity has at most three decimals.</source>
        <translation>第 {n} 行：数量最多 3 位小数。</translation>
    </message>
    <message>
        <source>Choose the kind of slip.</source>
        <translation>请选择单据类型。</translation>
    </message>
    <message>
        <source>Choose a reason that fits the slip.</source>
        <translation>请选择与单据类型相符的业务类型。</translation>
    </message>
    <message>
        <source>Find the customer.</source>
        <translation>请查找客户。</translation>
    </message>
    <message>
        <source>Choose the part.</source>
        <translation>请选择配件。</translation>
    </message>
    <message>
        <source>Choose the warehouse.</source>
        <translation>请选择仓库。</translation>
    </message>
    <message>
        <source>Enter a quantity more than zero.</source>
        <translation>请输入大于零的数量。</translation>
    </message>
    <message>
        <source>{who} changed pre-order {number} at {when}, after you opened it. Reload to see their changes.</source>
        <translation>{who} 在您打开之后于 {when} 修改了配件预订单 {number}。请重新读取查看其修改。</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>请选择调入仓库。</translation>
    </message>
    <message>
        <source>A transfer goes to another warehouse.</source>
        <translation>调拨的调入仓库不能与调出仓库相同。</translation>
    </message>
    <message>
        <source>Enter the slip&apos;s date.</source>
        <translation>请输入单据日期。</translation>
    </message>
    <message>
        <source>The slip&apos;s date is in the future.</source>
        <translation>单据日期晚于今天。</translation>
    </message>
    <message>
        <source>The slip&apos;s date is too far back.</source>
        <translation>单据日期太早。</translation>
    </message>
    <message>
        <source>The supplier or customer has at most {n} characters.</source>
        <translation>供应商或客户最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>The note has at most {n} characters.</source>
        <translation>备注最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>请至少添加一行明细。</translation>
    </message>
    <message>
        <source>A slip has at most {max} lines; this one has {n}. Split it.</source>
        <translation>一张单据最多 {max} 行明细，本单有 {n} 行，请拆分成多张单据。</translation>
    </message>
    <message>
        <source>Line {n}: choose the product.</source>
        <translation>第 {n} 行：请选择产品。</translation>
    </message>
    <message>
        <source>Line {n}: the product is counted on line {first} already.</source>
        <translation>第 {n} 行：该产品已在第 {first} 行盘点。</translation>
    </message>
    <message>
        <source>Line {n}: a counted quantity cannot be negative.</source>
        <translation>第 {n} 行：盘点数量不能为负数。</translation>
    </message>
    <message>
        <source>Choose the engineer from the list.</source>
        <extracomment>(from, to) -&gt; the permission the step needs. The database holds the same table (migration 0008, ``STEP_PERMISSION``).</extracomment>
        <translation>请从列表中选择工程师。</translation>
    </message>
    <message>
        <source>There is no such step.</source>
        <translation>不存在该处理步骤。</translation>
    </message>
    <message>
        <source>Enter the promised date and time.</source>
        <translation>请输入承诺完成的日期和时间。</translation>
    </message>
    <message>
        <source>An order has at most {max} part lines.</source>
        <translation>一张服务单最多 {max} 行配件明细。</translation>
    </message>
    <message>
        <source>A removed line is not one of the order&apos;s.</source>
        <translation>要删除的明细行不属于该服务单。</translation>
    </message>
    <message>
        <source>Line {n}: choose the warehouse.</source>
        <translation>第 {n} 行：请选择仓库。</translation>
    </message>
    <message>
        <source>Line {n}: choose the part.</source>
        <translation>第 {n} 行：请选择配件。</translation>
    </message>
    <message>
        <source>Line {n}: the quantity must be more than zero.</source>
        <translation>第 {n} 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line {n}: the price is not a valid amount.</source>
        <translation>第 {n} 行：单价不是有效的金额。</translation>
    </message>
    <message>
        <source>Some part lines were changed or removed by someone else meanwhile; reload the order.</source>
        <translation>在此期间部分配件明细已被他人修改或删除，请重新读取服务单。</translation>
    </message>
    <message>
        <source>Line {n}: say whether the part was faulty from the supplier or damaged in the workshop.</source>
        <translation>第 {n} 行：请注明该配件是来货不良还是维修中损坏。</translation>
    </message>
    <message>
        <source>Line {n}: choose the device from the list.</source>
        <translation>第 {n} 行：请从列表中选择机器。</translation>
    </message>
    <message>
        <source>Line {n}: the note has at most {max} characters.</source>
        <translation>第 {n} 行：备注最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>This slip no longer exists, or belongs to another branch.</source>
        <translation>该单据已不存在，或属于其他分公司。</translation>
    </message>
    <message>
        <source>The kind of slip {number} cannot change; make a new slip instead.</source>
        <translation>单据 {number} 的单据类型不能修改，请另开新单。</translation>
    </message>
    <message>
        <source>Choose one engineer or one service outlet.</source>
        <translation>请选择一名工程师或一个服务网点。</translation>
    </message>
    <message>
        <source>The note has at most {max} characters.</source>
        <translation>备注最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>The reason has at most {max} characters.</source>
        <translation>原因最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Name the engineers who did the work and their shares.</source>
        <translation>请填写完成工作的工程师及其分成比例。</translation>
    </message>
    <message>
        <source>At most {max} engineers share a job.</source>
        <translation>一张派工单最多由 {max} 名工程师分成。</translation>
    </message>
    <message>
        <source>Line {n}: choose the engineer.</source>
        <translation>第 {n} 行：请选择工程师。</translation>
    </message>
    <message>
        <source>Line {n}: this engineer is named twice.</source>
        <translation>第 {n} 行：该工程师重复填写。</translation>
    </message>
    <message>
        <source>Line {n}: a share is a percentage above 0 and at most 100, with at most two decimals.</source>
        <translation>第 {n} 行：分成比例须大于 0 且不超过 100，最多两位小数。</translation>
    </message>
    <message>
        <source>The result has at most {max} characters.</source>
        <translation>处理结果最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Choose the work type done.</source>
        <translation>请选择工种。</translation>
    </message>
    <message>
        <source>An outlet&apos;s job has no engineers&apos; shares: the outlet is paid its fee.</source>
        <translation>派给网点的派工单没有工程师分成：网点按网点结算费结算。</translation>
    </message>
    <message>
        <source>At most {max} parts taken off.</source>
        <translation>拆下配件最多 {max} 项。</translation>
    </message>
    <message>
        <source>Part taken off {n}: choose the part.</source>
        <translation>第 {n} 项拆下配件：请选择配件。</translation>
    </message>
    <message>
        <source>Part taken off {n}: choose the warehouse it goes to.</source>
        <translation>第 {n} 项拆下配件：请选择入库仓库。</translation>
    </message>
    <message>
        <source>Part taken off {n}: say whether it was faulty from the supplier or damaged by us.</source>
        <translation>第 {n} 项拆下配件：请注明是来货不良还是维修损坏。</translation>
    </message>
    <message>
        <source>Part taken off {n}: the quantity must be more than zero.</source>
        <translation>第 {n} 项拆下配件：数量必须大于零。</translation>
    </message>
    <message>
        <source>{who} changed slip {number} at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} 在您打开之后于 {when} 修改了单据 {number}。请重新读取查看其修改；您输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <source>The slip to correct no longer exists, or belongs to another branch.</source>
        <translation>要更正的单据已不存在，或属于其他分公司。</translation>
    </message>
    <message>
        <source>You may not make, change or cancel stock slips.</source>
        <extracomment>The messages of a missing permission, per permission (context &quot;DomainError&quot;).</extracomment>
        <translation>您无权新增、修改或作废库存单据。</translation>
    </message>
    <message>
        <source>You may not approve stock slips, or send approved ones back to draft.</source>
        <translation>您无权审核库存单据，也无权将已审核的单据退回草稿（弃审）。</translation>
    </message>
    <message>
        <source>You may not post stock slips.</source>
        <translation>您无权过账库存单据。</translation>
    </message>
    <message>
        <source>You may not correct posted stock slips.</source>
        <translation>您无权更正已过账的库存单据。</translation>
    </message>
    <message>
        <source>You may not do this with stock slips.</source>
        <translation>您无权对库存单据执行此操作。</translation>
    </message>
    <message>
        <source>Not enough {product} ({code}) in {warehouse}: {available} available, {wanted} wanted.</source>
        <translation>{warehouse}中的{product}（{code}）库存不足：可用 {available}，需要 {wanted}。</translation>
    </message>
    <message>
        <source>Slip {number} is posted and can no longer be changed; correct it with a reversal.</source>
        <translation>单据 {number} 已过账，不能再修改；请通过红冲更正。</translation>
    </message>
    <message>
        <source>Slip {number} is approved: send it back to draft before changing it.</source>
        <translation>单据 {number} 已审核：请先弃审退回草稿，再进行修改。</translation>
    </message>
    <message>
        <source>Slip {number} is cancelled and can no longer be changed.</source>
        <translation>单据 {number} 已作废，不能再修改。</translation>
    </message>
    <message>
        <source>A new slip starts as a draft.</source>
        <translation>新单据必须从草稿状态开始。</translation>
    </message>
    <message>
        <source>Slip {number} must be approved before it is posted.</source>
        <translation>单据 {number} 须先审核才能过账。</translation>
    </message>
    <message>
        <source>This dispatch slip no longer exists, or belongs to another branch.</source>
        <translation>该派工单已不存在，或属于其他分公司。</translation>
    </message>
    <message>
        <source>You may not dispatch on-site work.</source>
        <translation>您无权派工上门服务。</translation>
    </message>
    <message>
        <source>Slip {number} was re-dispatched and can no longer change.</source>
        <translation>派工单 {number} 已改派，不能再修改。</translation>
    </message>
    <message>
        <source>Slip {number} is completed: only whether its signed slip came back can change.</source>
        <translation>派工单 {number} 已完工：只能修改完工单是否已交回。</translation>
    </message>
    <message>
        <source>The order of slip {number} is closed: the slip can no longer change.</source>
        <translation>派工单 {number} 的服务单已结束，派工单不能再修改。</translation>
    </message>
    <message>
        <source>A part taken off is booked by its stock slip: correct that slip instead.</source>
        <translation>拆下配件已由其库存单据入账：请更正该库存单据。</translation>
    </message>
    <message>
        <source>The order and assignee of slip {number} cannot change: re-dispatch it instead.</source>
        <translation>派工单 {number} 的服务单和派工对象不能修改：请改派。</translation>
    </message>
    <message>
        <source>Slip {number} cannot take this step now.</source>
        <translation>单据 {number} 当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <source>Order {number} is carry-in: only on-site orders are dispatched.</source>
        <translation>服务单 {number} 为送修：只有上门服务单才能派工。</translation>
    </message>
    <message>
        <source>Order {number} is ready or closed: it can no longer be dispatched.</source>
        <translation>服务单 {number} 已修好或已结束，不能再派工。</translation>
    </message>
    <message>
        <source>Give the appointment time.</source>
        <translation>请填写预约时间。</translation>
    </message>
    <message>
        <source>Outlet {who} does not exist or is inactive.</source>
        <translation>服务网点 {who} 不存在或已停用。</translation>
    </message>
    <message>
        <source>{who} does not serve {region}: choose someone who serves the customer&apos;s region.</source>
        <translation>{who} 不负责 {region}：请选择负责该客户所在区域的工程师或网点。</translation>
    </message>
    <message>
        <source>Slip {number} is already out with them: change the appointment instead.</source>
        <translation>派工单 {number} 已派给该对象：请改为修改预约时间。</translation>
    </message>
    <message>
        <source>Slip {number} is no longer out (completed or re-dispatched meanwhile); reload it.</source>
        <translation>派工单 {number} 已不在外（在此期间已完工或已改派），请重新读取。</translation>
    </message>
    <message>
        <source>Give the reason for re-dispatching.</source>
        <translation>请填写改派原因。</translation>
    </message>
    <message>
        <source>Say what was done on site.</source>
        <translation>请填写上门处理情况。</translation>
    </message>
    <message>
        <source>Give the arrival and finish times.</source>
        <translation>请填写到达时间和完成时间。</translation>
    </message>
    <message>
        <source>The finish must come after the arrival, and not in the future.</source>
        <translation>完成时间必须晚于到达时间，且不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Shares are given only when an engineer completes the slip.</source>
        <translation>只有工程师完工时才填写分成。</translation>
    </message>
    <message>
        <source>The engineers&apos; shares add up to {total}%; they must add up to 100%.</source>
        <translation>工程师分成合计为 {total}%，必须等于 100%。</translation>
    </message>
    <message>
        <source>Warehouse {warehouse} belongs to another branch: put the parts taken off into your own branch&apos;s warehouse.</source>
        <translation>仓库 {warehouse} 属于其他分公司：请将拆下配件放入本分公司的仓库。</translation>
    </message>
    <message>
        <source>This order was dispatched by someone else meanwhile; reload the board.</source>
        <translation>在此期间该服务单已被他人派工，请重新读取看板。</translation>
    </message>
    <message>
        <source>You may work only with your own branch&apos;s dispatch slips.</source>
        <translation>您只能处理本分公司的派工单。</translation>
    </message>
    <message>
        <source>Slip {number} has no lines.</source>
        <translation>单据 {number} 没有明细行。</translation>
    </message>
    <message>
        <source>Slip {number} has been reversed already.</source>
        <translation>单据 {number} 已被红冲。</translation>
    </message>
    <message>
        <source>Slip {number} is a reversal: it cannot be reversed or corrected.</source>
        <translation>单据 {number} 是红冲单，不能再红冲或更正。</translation>
    </message>
    <message>
        <source>Slip {number} is not posted: change or cancel it instead of correcting it.</source>
        <translation>单据 {number} 尚未过账：请直接修改或作废，无需更正。</translation>
    </message>
    <message>
        <source>Reversal {number} must reverse every line of its slip.</source>
        <translation>红冲单 {number} 必须冲销原单的全部明细行。</translation>
    </message>
    <message>
        <source>Slip {number}: the quantity {qty} of {product} ({code}) does not fit this slip.</source>
        <translation>单据 {number}：{product}（{code}）的数量 {qty} 与该单据不符。</translation>
    </message>
    <message>
        <source>Stock levels and the stock ledger change only through stock slips and other stock documents.</source>
        <translation>库存数量和库存台账只能通过库存单据等库存业务单据变动。</translation>
    </message>
    <message>
        <source>Warehouse {warehouse} does not exist or is inactive.</source>
        <translation>仓库 {warehouse} 不存在或已停用。</translation>
    </message>
    <message>
        <source>Save the changes of slip {number} before approving, posting or cancelling it.</source>
        <translation>请先保存单据 {number} 的修改，再进行审核、过账或作废。</translation>
    </message>
    <message>
        <source>The number, kind and origin of slip {number} cannot change.</source>
        <translation>单据 {number} 的单号、单据类型和来源不能修改。</translation>
    </message>
    <message>
        <source>Slip {number} cannot be deleted; cancel it instead.</source>
        <translation>单据 {number} 不能删除，请改为作废。</translation>
    </message>
    <message>
        <source>This slip has been reversed already.</source>
        <translation>该单据已被红冲。</translation>
    </message>
    <message>
        <source>A transfer goes from one warehouse to another; other slips name one warehouse.</source>
        <translation>调拨单须填写调出和调入两个仓库；其他单据只填写一个仓库。</translation>
    </message>
    <message>
        <source>There is not enough stock for this.</source>
        <translation>库存不足。</translation>
    </message>
    <message>
        <source>A product, warehouse or device on the slip no longer exists.</source>
        <translation>单据上的产品、仓库或机器已不存在。</translation>
    </message>
    <message>
        <source>You may work only with your own branch&apos;s stock.</source>
        <translation>您只能处理本分公司的库存。</translation>
    </message>
    <message>
        <source>It cannot move under itself or under one of its own sub-entries.</source>
        <translation>不能移到它自己或它的下级之下。</translation>
    </message>
    <message>
        <source>This cannot be moved there.</source>
        <translation>不能移到该位置。</translation>
    </message>
    <message>
        <source>This record no longer exists. Refresh the tree (F5).</source>
        <translation>该记录已不存在。请刷新树（F5）。</translation>
    </message>
    <message>
        <source>{who} changed this record at {when}, after the tree was read. Refresh the tree (F5) and try again.</source>
        <translation>{who} 在读取树之后于 {when} 修改了该记录。请刷新树（F5）后重试。</translation>
    </message>
    <message>
        <source>The place you chose no longer exists. Refresh the tree (F5).</source>
        <translation>您选择的位置已不存在。请刷新树（F5）。</translation>
    </message>
    <message>
        <source>A department stays in its branch: it cannot move under another branch&apos;s department.</source>
        <translation>部门只能在本分公司内移动，不能移到其他分公司的部门之下。</translation>
    </message>
    <message>
        <source>A province is at the top of the region tree: it cannot move under another region.</source>
        <translation>省是区域树的最高一级，不能移到其他区域之下。</translation>
    </message>
    <message>
        <source>A city goes directly under a province.</source>
        <translation>市只能直接位于省之下。</translation>
    </message>
    <message>
        <source>A district goes under a city, or directly under a municipality (a province without cities).</source>
        <translation>区/县只能位于市之下，或直接位于直辖市（不设市的省级区域）之下。</translation>
    </message>
    <message>
        <source>A street goes under a district.</source>
        <translation>街道只能位于区/县之下。</translation>
    </message>
    <message>
        <source>Customers live in districts: choose a district, not a province or a city.</source>
        <translation>客户须归属到区/县：请选择区/县，而不是省或市。</translation>
    </message>
    <message>
        <source>The database refused the change: your profile may not change this record, or not at this place (another branch&apos;s records belong to that branch).</source>
        <translation>数据库拒绝了此修改：您的角色无权修改该记录，或无权修改到此位置（其他分公司的记录归该分公司管理）。</translation>
    </message>
    <message>
        <source>This cannot be changed here.</source>
        <translation>不能在此处修改。</translation>
    </message>
    <message>
        <source>It still has {n} active entries under it: move or deactivate them first.</source>
        <translation>其下仍有 {n} 个启用的下级项：请先移走或停用它们。</translation>
    </message>
    <message>
        <source>Line {n}: pick the product from the list (F4 searches).</source>
        <translation>第 {n} 行：请从列表中选择产品（按 F4 查找）。</translation>
    </message>
    <message>
        <source>Choose what the customer was told.</source>
        <extracomment>The kinds that fit each document (the database&apos;s check constraints say the same).</extracomment>
        <translation>请选择通知客户的内容。</translation>
    </message>
    <message>
        <source>Choose how the customer was told: phone, SMS or in person.</source>
        <translation>请选择通知方式：电话、短信或当面。</translation>
    </message>
    <message>
        <source>You may not take in or change service orders.</source>
        <extracomment>A missing permission, per permission (context &quot;DomainError&quot;).</extracomment>
        <translation>您无权受理或修改服务单。</translation>
    </message>
    <message>
        <source>You may not work on service orders in the workshop.</source>
        <translation>您无权在车间维修服务单。</translation>
    </message>
    <message>
        <source>You may not cancel service orders.</source>
        <translation>您无权取消服务单。</translation>
    </message>
    <message>
        <source>You may not give discounts above the limit.</source>
        <translation>您无权给予超出限额的折扣。</translation>
    </message>
    <message>
        <source>You may not hand over orders unpaid.</source>
        <translation>您无权在未付清款项时交机（欠款取机）。</translation>
    </message>
    <message>
        <source>You may not do this with service orders.</source>
        <translation>您无权对服务单执行此操作。</translation>
    </message>
    <message>
        <source>This order no longer exists, or belongs to another branch.</source>
        <translation>该服务单已不存在，或属于其他分公司。</translation>
    </message>
    <message>
        <source>This pre-order no longer exists, or belongs to another branch.</source>
        <translation>该配件预订单已不存在，或属于其他分公司。</translation>
    </message>
    <message>
        <source>A new order starts pending.</source>
        <translation>新服务单必须从待维修状态开始。</translation>
    </message>
    <message>
        <source>Order {number} cannot go back to waiting for repair.</source>
        <translation>服务单 {number} 不能退回待维修状态。</translation>
    </message>
    <message>
        <source>Order {number} is not ready for pick-up yet.</source>
        <translation>服务单 {number} 尚未进入待取机状态，不能取机。</translation>
    </message>
    <message>
        <source>Order {number} is ready for pick-up: hand it over instead of cancelling it.</source>
        <translation>服务单 {number} 已是待取机状态：请办理取机，而不是取消。</translation>
    </message>
    <message>
        <source>Start the repair of order {number} first.</source>
        <translation>请先开始维修服务单 {number}。</translation>
    </message>
    <message>
        <source>Order {number} cannot take this step now.</source>
        <translation>服务单 {number} 当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <source>A new pre-order starts as ordered.</source>
        <translation>新配件预订单必须从已订货状态开始。</translation>
    </message>
    <message>
        <source>The parts of pre-order {number} have not arrived yet.</source>
        <translation>配件预订单 {number} 的配件尚未到货。</translation>
    </message>
    <message>
        <source>Pre-order {number} cannot take this step now.</source>
        <translation>配件预订单 {number} 当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <source>Pre-order {number} has been collected; it can no longer change.</source>
        <translation>配件预订单 {number} 已取货，不能再修改。</translation>
    </message>
    <message>
        <source>Pre-order {number} is cancelled; it can no longer change.</source>
        <translation>配件预订单 {number} 已取消，不能再修改。</translation>
    </message>
    <message>
        <source>Order {number} has been picked up; it can no longer change.</source>
        <translation>服务单 {number} 已取机，不能再修改。</translation>
    </message>
    <message>
        <source>Order {number} is cancelled; it can no longer change.</source>
        <translation>服务单 {number} 已取消，不能再修改。</translation>
    </message>
    <message>
        <source>Assign an engineer to order {number} first.</source>
        <translation>请先为服务单 {number} 指派工程师。</translation>
    </message>
    <message>
        <source>Pre-order {number} still has ¥{balance} to pay. Take the payment, or have it handed over on credit by someone who may.</source>
        <translation>配件预订单 {number} 尚欠 ¥{balance} 未付。请先收款，或由有权限的人员办理欠款取货。</translation>
    </message>
    <message>
        <source>Order {number} still has ¥{balance} to pay. Take the payment, or have it handed over on credit by someone who may.</source>
        <translation>服务单 {number} 尚欠 ¥{balance} 未付。请先收款，或由有权限的人员办理欠款取机。</translation>
    </message>
    <message>
        <source>The discount cannot be more than the total (¥{total}).</source>
        <extracomment>The front desk&apos;s settings and their defaults (days).</extracomment>
        <translation>折扣不能超过合计金额（¥{total}）。</translation>
    </message>
    <message>
        <source>A discount above ¥{limit} ({percent}% of ¥{total}) needs the discount permission.</source>
        <translation>超过 ¥{limit}（¥{total} 的 {percent}%）的折扣需要超限额折扣权限。</translation>
    </message>
    <message>
        <source>The parts of pre-order {number} have arrived: the part and the quantity can no longer change.</source>
        <translation>配件预订单 {number} 的配件已到货：配件和数量不能再修改。</translation>
    </message>
    <message>
        <source>The number, branch and customer of pre-order {number} cannot change.</source>
        <translation>配件预订单 {number} 的单号、分公司和客户不能修改。</translation>
    </message>
    <message>
        <source>The number, branch, customer and device of order {number} cannot change; cancel it and take in a new one instead.</source>
        <translation>服务单 {number} 的单号、分公司、客户和机器不能修改；请取消该单，重新受理。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>{engineer} is not an active engineer of this branch.</source>
        <translation>{engineer} 不是本分公司在职的工程师。</translation>
    </message>
    <message>
        <source>Warehouse {warehouse} belongs to another branch: take the parts from your own branch&apos;s warehouse.</source>
        <translation>仓库 {warehouse} 属于其他分公司：请从本分公司的仓库领用配件。</translation>
    </message>
    <message>
        <source>The device belongs to another customer.</source>
        <translation>该机器属于其他客户。</translation>
    </message>
    <message>
        <source>The device no longer exists; choose it again.</source>
        <translation>该机器已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>Your operator belongs to no branch, and an order needs one.</source>
        <translation>您的操作员账号未归属任何分公司，而服务单必须归属分公司。</translation>
    </message>
    <message>
        <source>{number} is cancelled: it takes no payments.</source>
        <translation>{number} 已取消，不能再收款。</translation>
    </message>
    <message>
        <source>Fees and discounts cannot be negative.</source>
        <translation>费用和折扣不能为负数。</translation>
    </message>
    <message>
        <source>A part line&apos;s quantity must be more than zero.</source>
        <translation>配件明细的数量必须大于零。</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>收款金额必须大于零。</translation>
    </message>
    <message>
        <source>The customer, device, product, warehouse, work type or engineer chosen no longer exists; choose it again.</source>
        <translation>所选的客户、机器、产品、仓库、工种或工程师已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>You may work only with your own branch&apos;s orders.</source>
        <translation>您只能处理本分公司的服务单。</translation>
    </message>
    <message>
        <source>Choose it from the list.</source>
        <extracomment>What is still to be told, longest waiting first: ``document`` (&quot;order&quot; or &quot;preorder&quot;) and ``id`` open it; ``reason``: &quot;finished&quot; (ready, not told since), &quot;awaiting_parts&quot;, &quot;period_extended&quot;, &quot;reminder&quot; (told it is finished, and not collected ``pickup_reminder_days`` later) or &quot;parts_arrived&quot; (a pre-order); ``send``: the notification kind to record once told (``notifications.notify``); ``since``: when it became to be told. Rows go once the notification is recorded. TO_NOTIFY&apos;s orders only, and its pre-orders only (arrived, not yet told). Parts pre-orders, newest first. Sum ``amount``, ``paid``, ``balance``.</extracomment>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <extracomment>Every dispatch slip, newest first: the order, customer (phone and address masked unless revealed), region, product, who it went to (``assignee_kind`` &quot;engineer&quot; or &quot;outlet&quot;, ``assignee`` their name), appointment, who dispatched it and when, and the completion (result, the work type done, signed slip back, an outlet&apos;s fee). Sum DISPATCH_SUMS in footers and group summaries. The outlet settlement statement: outlets&apos; completed jobs in the order they were completed, with the work type done, its standard fee, the outlet&apos;s ratio and the fee owed (``outlet_fee``). Narrow it with ``statement_conditions``; sum STATEMENT_SUMS; group by ``outlet`` for a summary per outlet.</extracomment>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}”不是有效的金额。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>金额最多 2 位小数。</translation>
    </message>
    <message>
        <source>Choose the customer or enter a new one, not both.</source>
        <translation>请选择已有客户或录入新客户，不能两者都填。</translation>
    </message>
    <message>
        <source>Find the customer, or enter a new one.</source>
        <translation>请查找客户，或录入新客户。</translation>
    </message>
    <message>
        <source>Choose the device or enter a new one, not both.</source>
        <translation>请选择已有机器或录入新机器，不能两者都填。</translation>
    </message>
    <message>
        <source>Choose the device from the list.</source>
        <translation>请从列表中选择机器。</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>The promised time is in the past.</source>
        <translation>承诺完成时间早于当前时间。</translation>
    </message>
    <message>
        <source>The promised time is too far ahead.</source>
        <translation>承诺完成时间太晚。</translation>
    </message>
    <message>
        <source>Enter the pick-up date.</source>
        <translation>请输入取机期限。</translation>
    </message>
    <message>
        <source>The pick-up date is before the promised date.</source>
        <translation>取机期限早于承诺完成日期。</translation>
    </message>
    <message>
        <source>The pick-up date is too far ahead.</source>
        <translation>取机期限太晚。</translation>
    </message>
    <message>
        <source>Choose carry-in or on-site.</source>
        <translation>请选择送修或上门。</translation>
    </message>
    <message>
        <source>Choose in warranty, out of warranty or manufacturer claim.</source>
        <translation>请选择保内、保外或厂家索赔。</translation>
    </message>
    <message>
        <source>Choose the work type.</source>
        <translation>请选择工种。</translation>
    </message>
    <message>
        <source>Choose the branch from the list.</source>
        <translation>请从列表中选择分公司。</translation>
    </message>
    <message>
        <source>Say whether the order is urgent.</source>
        <translation>请注明是否加急。</translation>
    </message>
    <message>
        <source>List the accessories one by one.</source>
        <translation>请逐项列出随机附件。</translation>
    </message>
    <message>
        <source>Too many accessories: at most {n} characters in all.</source>
        <translation>随机附件过多：合计最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>An accessory has at most {n} characters.</source>
        <translation>每项随机附件最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>You may not add customers or devices; find an existing one.</source>
        <translation>您无权新增客户或机器，请查找已有的客户和机器。</translation>
    </message>
    <message>
        <source>{who} changed order {number} at {when}, after you opened it. Reload to see their changes; what you typed stays in the form.</source>
        <translation>{who} 在您打开之后于 {when} 修改了服务单 {number}。请重新读取查看其修改；您输入的内容仍保留在表单中。</translation>
    </message>
    <message>
        <source>At most {n} payments at once.</source>
        <translation>一次最多录入 {n} 笔收款。</translation>
    </message>
    <message>
        <source>Payment {n}: choose cash, card or transfer.</source>
        <translation>第 {n} 笔收款：请选择现金、刷卡或转账。</translation>
    </message>
    <message>
        <source>Payment {n}: enter a valid amount.</source>
        <translation>第 {n} 笔收款：请输入有效的金额。</translation>
    </message>
    <message>
        <source>Payment {n}: the amount must be more than zero.</source>
        <translation>第 {n} 笔收款：金额必须大于零。</translation>
    </message>
    <message>
        <source>Enter the payment.</source>
        <translation>请输入收款金额。</translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation>您无权修改设置。</translation>
    </message>
    <message>
        <source>Enter a number of days from 1 to {max}.</source>
        <translation>请输入 1 至 {max} 之间的天数。</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <extracomment>The board&apos;s tiles: the statuses in workflow order, then two warnings.
----------
Money columns of DISPATCHES and OUTLET_STATEMENT a footer or a group summary sums.</extracomment>
        <translation>开始日期晚于结束日期。</translation>
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
    <name>ExcelImport</name>
    <message>
        <source>Import customers from Excel</source>
        <translation>从 Excel 导入客户</translation>
    </message>
    <message>
        <source>Imported {n} customers.</source>
        <translation>已导入 {n} 个客户。</translation>
    </message>
    <message>
        <source>Import products from Excel</source>
        <translation>从 Excel 导入产品</translation>
    </message>
    <message>
        <source>Imported {n} products.</source>
        <translation>已导入 {n} 个产品。</translation>
    </message>
    <message>
        <source>Import employees from Excel</source>
        <translation>从 Excel 导入员工</translation>
    </message>
    <message>
        <source>Imported {n} employees.</source>
        <translation>已导入 {n} 名员工。</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>第 {row} 行：{what}</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Add rows from an Excel workbook laid out like this list&apos;s export: all rows, or none if any is wrong.</source>
        <translation>从格式与本列表导出文件相同的 Excel 工作簿中新增记录：全部导入；只要有一行有误，就全部不导入。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking and importing {file}…</source>
        <translation>正在检查并导入 {file}…</translation>
    </message>
    <message>
        <source>New brands added: {names}.</source>
        <translation>新增品牌：{names}。</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows need correcting first.</source>
        <translation>未导入任何记录：有 {n} 行需要先改正。</translation>
    </message>
    <message>
        <source>…and {n} more (Show Details).</source>
        <translation>…另有 {n} 条（请点击“显示详情”）。</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Pick-up overdue</source>
        <extracomment>A quiet accent per tile (a top border): readable in light and dark themes.</extracomment>
        <translation>超期未取机</translation>
    </message>
    <message>
        <source>Past the promised time</source>
        <translation>超过承诺完成时间</translation>
    </message>
    <message>
        <source>Repair finished, not told yet</source>
        <translation>已修好，尚未通知客户</translation>
    </message>
    <message>
        <source>Waiting for parts, not told yet</source>
        <translation>待料，尚未通知客户</translation>
    </message>
    <message>
        <source>Repair period extended, not told yet</source>
        <translation>维修延期，尚未通知客户</translation>
    </message>
    <message>
        <source>Not collected: remind the customer</source>
        <translation>未取机：提醒客户</translation>
    </message>
    <message>
        <source>Pre-ordered parts arrived, not told yet</source>
        <translation>预订配件已到货，尚未通知客户</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>服务单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>取机期限</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Serial No.</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修类型</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>Parts fee</source>
        <translation>配件费</translation>
    </message>
    <message>
        <source>Labour fee</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Other fees</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>厂家索赔</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Open order</source>
        <extracomment>False until a subclass has set its conditions: the list reads once, not twice. What to do when an order opened from the list changed (None: read the list again).</extracomment>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Open the order (Enter or double-click)</source>
        <translation>打开服务单（回车或双击）</translation>
    </message>
    <message>
        <source>Settle and pick up…</source>
        <translation>结算并取机…</translation>
    </message>
    <message>
        <source>Fees, discount, payments and the hand-over</source>
        <translation>费用、折扣、收款和交机</translation>
    </message>
    <message>
        <source>A cancelled order has nothing to settle.</source>
        <translation>已取消的服务单无需结算。</translation>
    </message>
    <message>
        <source>Show these orders below</source>
        <translation>在下方显示这些服务单</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>状态看板</translation>
    </message>
    <message>
        <source>Whose orders the board counts</source>
        <translation>看板统计哪些分公司的服务单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Count again (F5); the board also counts every minute</source>
        <translation>重新统计（F5）；看板每分钟也会自动统计</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分公司:</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Orders: {what}</source>
        <translation>服务单：{what}</translation>
    </message>
    <message>
        <source>Counted at {time}</source>
        <translation>统计时间：{time}</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分公司</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not picked up or cancelled)</source>
        <translation>未完成（未取机且未取消）</translation>
    </message>
    <message>
        <source>Any warranty</source>
        <translation>全部保修类型</translation>
    </message>
    <message>
        <source>Carry-in and on-site</source>
        <translation>送修和上门</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理时间从</translation>
    </message>
    <message>
        <source>Any work type</source>
        <translation>全部工种</translation>
    </message>
    <message>
        <source>Customer: code, name, pinyin or phone</source>
        <translation>客户：编码、姓名、拼音或电话</translation>
    </message>
    <message>
        <source>Clear conditions</source>
        <translation>清除条件</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>received {since} to {until}</source>
        <translation>受理时间 {since} 至 {until}</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Conditions: {list}</source>
        <translation>条件：{list}</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Engineer: code, name or pinyin</source>
        <translation>工程师：编码、姓名或拼音</translation>
    </message>
    <message>
        <source>&amp;Not yet assigned</source>
        <translation>未指派(&amp;N)</translation>
    </message>
    <message>
        <source>Orders waiting for an engineer</source>
        <translation>等待指派工程师的服务单</translation>
    </message>
    <message>
        <source>My work queue: the orders I am repairing, most pressing first</source>
        <translation>我的工作队列：我正在维修的服务单，最紧急的在前</translation>
    </message>
    <message>
        <source>Engineer:</source>
        <translation>工程师:</translation>
    </message>
    <message>
        <source>My work queue</source>
        <translation>我的工作队列</translation>
    </message>
    <message>
        <source>Orders not yet assigned</source>
        <translation>未指派的服务单</translation>
    </message>
    <message>
        <source>Work queue of {engineer}</source>
        <translation>{engineer} 的工作队列</translation>
    </message>
    <message>
        <source>Every engineer&apos;s work queue</source>
        <translation>所有工程师的工作队列</translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation>工作队列</translation>
    </message>
    <message>
        <source>Overdue pick-ups</source>
        <translation>超期未取机</translation>
    </message>
    <message>
        <source>Notify the customer: {number}</source>
        <translation>通知客户：{number}</translation>
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
        <translation>客户的答复（可选）</translation>
    </message>
    <message>
        <source>Told before: …</source>
        <translation>此前已通知：…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Told:</source>
        <translation>通知内容(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>通知方式(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>Told before: {list}</source>
        <translation>此前已通知：{list}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>等待起始时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Parts pre-order</source>
        <translation>配件预订</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>To tell</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>待通知客户</translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation>通知客户…</translation>
    </message>
    <message>
        <source>Record that the customer was told (Enter)</source>
        <translation>记录已通知客户（回车）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the order</source>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Recorded: {number} told.</source>
        <translation>已记录：服务单 {number} 已通知客户。</translation>
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
    <message>
        <source>Today&apos;s work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <source>Customers to notify:</source>
        <translation>待通知客户:</translation>
    </message>
    <message>
        <source>Orders waiting to be started:</source>
        <translation>待维修服务单:</translation>
    </message>
    <message>
        <source>Orders in the workshop:</source>
        <translation>在修服务单:</translation>
    </message>
    <message>
        <source>Ready for pick-up:</source>
        <translation>待取机:</translation>
    </message>
    <message>
        <source>Pick-ups overdue:</source>
        <translation>超期未取机:</translation>
    </message>
    <message>
        <source>On-site orders to dispatch:</source>
        <translation>待派工上门服务单:</translation>
    </message>
    <message>
        <source>Appointments today:</source>
        <translation>今日预约:</translation>
    </message>
    <message>
        <source>Signed slips not back:</source>
        <translation>完工单未交回:</translation>
    </message>
    <message>
        <source>Stock slips to approve:</source>
        <translation>待审核库存单据:</translation>
    </message>
    <message>
        <source>Stock slips to post:</source>
        <translation>待过账库存单据:</translation>
    </message>
    <message>
        <source>Parts below their minimum:</source>
        <translation>低于最低库存的配件:</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>New intake</source>
        <extracomment>The earlier repair a new one of this device would repeat, and the serial number it was found by (``returning``&apos;s ``repeat_of``).</extracomment>
        <translation>新受理</translation>
    </message>
    <message>
        <source>Clear the form for the next customer</source>
        <translation>清空表单，受理下一位客户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印受理单</translation>
    </message>
    <message>
        <source>Print the intake receipt for the customer</source>
        <translation>为客户打印维修受理单</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开服务单</translation>
    </message>
    <message>
        <source>Open the saved order in its own tab</source>
        <translation>在单独的标签页中打开已保存的服务单</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>打印受理单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>下一位客户(&amp;N)</translation>
    </message>
    <message>
        <source>11-digit mobile, or landline with area code</source>
        <translation>11 位手机号，或带区号的固定电话</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>机器(&amp;D):</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>机身编号(&amp;S):</translation>
    </message>
    <message>
        <source>Purchase&amp;d:</source>
        <translation>购买日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>加急(&amp;U)</translation>
    </message>
    <message>
        <source>{name} (¥{fee}, {hours} h)</source>
        <translation>{name}（¥{fee}，{hours} 小时）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Service &amp;mode:</source>
        <translation>服务方式(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>保修类型(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>故障现象(&amp;F):</translation>
    </message>
    <message>
        <source>A&amp;ccessories:</source>
        <translation>随机附件(&amp;C):</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>外观(&amp;P):</translation>
    </message>
    <message>
        <source>Wor&amp;k type:</source>
        <translation>工种(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Estimated fee:</source>
        <translation>预估费用(&amp;E):</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>承诺完成时间(&amp;B):</translation>
    </message>
    <message>
        <source>Pick up b&amp;y:</source>
        <translation>取机期限(&amp;Y):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>No device has serial number “{text}”: a new customer and device.</source>
        <translation>没有机身编号为“{text}”的机器：将登记新客户和新机器。</translation>
    </message>
    <message>
        <source>No customer has phone number {text}: enter the new customer.</source>
        <translation>没有电话号码为 {text} 的客户：请录入新客户。</translation>
    </message>
    <message>
        <source>No customer is called “{text}”: enter the new customer.</source>
        <translation>没有名为“{text}”的客户：请录入新客户。</translation>
    </message>
    <message>
        <source>Returning customer: their details and history are on the right.</source>
        <translation>老客户：其资料和历史记录显示在右侧。</translation>
    </message>
    <message>
        <source>New customer: saved with the order. Or find one above.</source>
        <translation>新客户：将随服务单一起保存。也可在上方查找已有客户。</translation>
    </message>
    <message>
        <source>Could not read the customer&apos;s history: {problem}</source>
        <translation>无法读取客户的历史记录：{problem}</translation>
    </message>
    <message>
        <source>Serial number {serial} is {name}&apos;s device: found them.</source>
        <translation>机身编号 {serial} 是 {name} 的机器：已找到该客户。</translation>
    </message>
    <message>
        <source>This serial number is registered to {name} ({code}).</source>
        <translation>该机身编号已登记在 {name}（{code}）名下。</translation>
    </message>
    <message>
        <source>— a new device —</source>
        <translation>— 新机器 —</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>机身编号 {serial}</translation>
    </message>
    <message>
        <source>the device&apos;s warranty runs to {day}</source>
        <translation>机器保修期至 {day}</translation>
    </message>
    <message>
        <source>the device&apos;s warranty ended on {day}</source>
        <translation>机器保修期已于 {day} 结束</translation>
    </message>
    <message>
        <source>no purchase date is known</source>
        <translation>购买日期未知</translation>
    </message>
    <message>
        <source>no purchase date is given</source>
        <translation>未填写购买日期</translation>
    </message>
    <message>
        <source>choose the product to know its warranty</source>
        <translation>请选择产品以确定其保修期</translation>
    </message>
    <message>
        <source>bought {day}, {months} months&apos; warranty</source>
        <translation>{day} 购买，保修 {months} 个月</translation>
    </message>
    <message>
        <source>⚠ Changed from the suggested {warranty} ({reason}): recorded with the order.</source>
        <translation>⚠ 已从建议的{warranty}（{reason}）更改：将随服务单记录。</translation>
    </message>
    <message>
        <source>Suggested: {warranty} ({reason})</source>
        <translation>建议：{warranty}（{reason}）</translation>
    </message>
    <message>
        <source>⚠ Repeat repair: this device was repaired under order {number}, picked up {picked}; that repair&apos;s warranty runs to {until}. Earlier fault: {fault}.</source>
        <translation>⚠ 返修：该机器曾在服务单 {number} 中维修，于 {picked} 取机；该次维修的保修期至 {until}。原故障现象：{fault}。</translation>
    </message>
    <message>
        <source>⚠ Repeat repair: this device was repaired under order {number} and is back within that repair&apos;s warranty.</source>
        <translation>⚠ 返修：该机器曾在服务单 {number} 中维修，现在该次维修的保修期内返修。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Taken in as order {number}. Print the receipt for the customer (Ctrl+P), then take in the next one (Ctrl+N).</source>
        <translation>已受理，服务单号 {number}。请为客户打印受理单（Ctrl+P），然后受理下一位（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Saved: order {number}.</source>
        <translation>已保存：服务单 {number}。</translation>
    </message>
    <message>
        <source>Save the order first (Ctrl+S): the receipt carries its number.</source>
        <translation>请先保存服务单（Ctrl+S）：受理单上要印有服务单号。</translation>
    </message>
    <message>
        <source>Clear the form? What you typed for this intake is not saved.</source>
        <translation>清空表单吗？本次受理已输入的内容尚未保存。</translation>
    </message>
    <message>
        <source>no device yet</source>
        <translation>尚无机器</translation>
    </message>
    <message>
        <source>Print the intake receipt for the customer (Ctrl+P)</source>
        <translation>为客户打印维修受理单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save the order first: the receipt carries its number</source>
        <translation>请先保存服务单：受理单上要印有服务单号</translation>
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
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{column} contains “{text}”</source>
        <translation>{column}包含“{text}”</translation>
    </message>
    <message>
        <source>{column} = {value}</source>
        <translation>{column} = {value}</translation>
    </message>
    <message>
        <source>{column} from {low} to {high}</source>
        <translation>{column}从 {low} 至 {high}</translation>
    </message>
    <message>
        <source>{column} from {low}</source>
        <translation>{column}从 {low} 起</translation>
    </message>
    <message>
        <source>{column} up to {high}</source>
        <translation>{column}至 {high} 止</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>Filter: {column}</source>
        <translation>筛选：{column}</translation>
    </message>
    <message>
        <source>text, or the name&apos;s pinyin or initials (zs: 张三)</source>
        <translation>文字，或名称的拼音或拼音首字母（zs：张三）</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>包含:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至:</translation>
    </message>
    <message>
        <source>This column cannot be filtered.</source>
        <translation>此列不能筛选。</translation>
    </message>
    <message>
        <source>Double-click: show only this group&apos;s rows</source>
        <translation>双击：只显示该分组的记录</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the summary, to paste into Excel or a message</source>
        <translation>复制汇总结果，以便粘贴到 Excel 或消息中</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>取消分组</translation>
    </message>
    <message>
        <source>Grouped by {column}: {n} groups</source>
        <translation>按{column}分组：共 {n} 组</translation>
    </message>
    <message>
        <source>(only the first {n}: narrow the filter)</source>
        <translation>（仅显示前 {n} 组：请缩小筛选范围）</translation>
    </message>
    <message>
        <source>Click to sort; right-click to filter or group by the column</source>
        <translation>单击排序；右击可按此列筛选或分组</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print every row the filter selects, with a preview ({keys})</source>
        <translation>打印筛选出的全部记录，打印前可预览（{keys}）</translation>
    </message>
    <message>
        <source>Column filters:</source>
        <translation>列筛选:</translation>
    </message>
    <message>
        <source>Clear column filters</source>
        <translation>清除列筛选</translation>
    </message>
    <message>
        <source>The column {column} cannot be filtered.</source>
        <translation>“{column}”列不能筛选。</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>取消此筛选条件</translation>
    </message>
    <message>
        <source>The column {column} is hidden: it cannot be sorted by.</source>
        <translation>“{column}”列已隐藏，不能按此列排序。</translation>
    </message>
    <message>
        <source>The list cannot be sorted by {column}.</source>
        <translation>列表不能按“{column}”排序。</translation>
    </message>
    <message>
        <source>Hidden: a sensitive field</source>
        <translation>已隐藏：敏感信息</translation>
    </message>
    <message>
        <source>Sort ascending</source>
        <translation>升序排列</translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation>降序排列</translation>
    </message>
    <message>
        <source>Natural order</source>
        <translation>默认顺序</translation>
    </message>
    <message>
        <source>Filter this column…</source>
        <translation>按此列筛选…</translation>
    </message>
    <message>
        <source>Sensitive fields cannot be filtered</source>
        <translation>敏感信息不能筛选</translation>
    </message>
    <message>
        <source>Remove this column&apos;s filter</source>
        <translation>取消此列的筛选</translation>
    </message>
    <message>
        <source>Group by this column</source>
        <translation>按此列分组</translation>
    </message>
    <message>
        <source>The list cannot be grouped by {column}.</source>
        <translation>列表不能按“{column}”分组。</translation>
    </message>
    <message>
        <source>Filter: “{text}”</source>
        <translation>筛选：“{text}”</translation>
    </message>
    <message>
        <source>Column filters: {filters}</source>
        <translation>列筛选：{filters}</translation>
    </message>
    <message>
        <source>Further conditions as set above the list</source>
        <translation>以及列表上方设置的其他查询条件</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending</source>
        <translation>按{column}降序排列</translation>
    </message>
    <message>
        <source>Sorted by {column}</source>
        <translation>按{column}升序排列</translation>
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
        <source>Preparing the printout…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <source>{total} rows</source>
        <translation>共 {total} 行</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printed {n} rows on {pages} pages to {path}</source>
        <translation>已打印 {n} 行，共 {pages} 页，输出到 {path}</translation>
    </message>
    <message>
        <source>The filter selects {total} rows; at most {limit} can be printed. Narrow the filter, or export the list to Excel.</source>
        <translation>筛选出 {total} 行，最多只能打印 {limit} 行。请缩小筛选范围，或将列表导出到 Excel。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
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
    <message>
        <source>By {column}</source>
        <translation>按{column}汇总</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
    <name>LookupDialog</name>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
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
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>仓库类型</translation>
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
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>In</source>
        <translation>所属区域</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Choose a product</source>
        <translation>选择产品</translation>
    </message>
    <message>
        <source>Choose an employee</source>
        <translation>选择员工</translation>
    </message>
    <message>
        <source>Choose a warehouse</source>
        <translation>选择仓库</translation>
    </message>
    <message>
        <source>Choose a region</source>
        <translation>选择区域</translation>
    </message>
    <message>
        <source>Showing the records with the phone number you typed.</source>
        <translation>当前显示与您输入的电话号码相符的记录。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <source>Type a code, a name or its pinyin initials; F4 searches</source>
        <translation>输入编码、名称或拼音首字母；按 F4 查找</translation>
    </message>
    <message>
        <source>Search (F4)</source>
        <translation>查找（F4）</translation>
    </message>
    <message>
        <source>Code, name, pinyin or phone number</source>
        <translation>编码、名称、拼音或电话号码</translation>
    </message>
    <message>
        <source>Code, name or pinyin</source>
        <translation>编码、名称或拼音</translation>
    </message>
    <message>
        <source>Could not search: {reason}</source>
        <translation>查找失败：{reason}</translation>
    </message>
    <message>
        <source>No match. Press F4 to search.</source>
        <translation>没有匹配项。请按 F4 查找。</translation>
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
        <source>Customers by grade and region</source>
        <translation>客户（按等级和区域）</translation>
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
        <source>Categories and products</source>
        <translation>产品类别与产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库管理</translation>
    </message>
    <message>
        <source>Stock slips</source>
        <translation>库存单据</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>库存台账</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>库存金额</translation>
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
        <source>Region tree</source>
        <translation>区域树</translation>
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
        <source>Warehouses by branch and kind</source>
        <translation>仓库（按分公司和类型）</translation>
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
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>新受理</translation>
    </message>
    <message>
        <source>Status board</source>
        <translation>状态看板</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation>工作队列</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>待通知客户</translation>
    </message>
    <message>
        <source>Parts pre-orders</source>
        <translation>配件预订</translation>
    </message>
    <message>
        <source>Overdue pick-ups</source>
        <translation>超期未取机</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工管理</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Dispatch slips</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Signed slips not back</source>
        <translation>完工单未交回</translation>
    </message>
    <message>
        <source>Outlet statement</source>
        <translation>网点结算单</translation>
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
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>打开所选记录（Enter）</translation>
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
        <source>Correct spelling…</source>
        <translation>更正写法…</translation>
    </message>
    <message>
        <source>Merge into current row</source>
        <translation>合并到当前行</translation>
    </message>
    <message>
        <source>Select the duplicates with Ctrl or Shift, make the entry to keep the current row, then merge: the others are removed and their uses added to it.</source>
        <translation>按住 Ctrl 或 Shift 选中重复的字典项，将要保留的那一项设为当前行，然后合并：其他字典项将被删除，其使用次数计入保留项。</translation>
    </message>
    <message>
        <source>Hide / show in forms</source>
        <translation>在表单中隐藏/显示</translation>
    </message>
    <message>
        <source>Correct spelling</source>
        <translation>更正写法</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>字典项:</translation>
    </message>
    <message>
        <source>Entry corrected.</source>
        <translation>字典项已更正。</translation>
    </message>
    <message>
        <source>Merge entries</source>
        <translation>合并字典项</translation>
    </message>
    <message>
        <source>Merge {n} entries into “{name}”? They are removed; what was typed on earlier documents stays as it is.</source>
        <translation>将 {n} 个字典项合并到“{name}”？这些字典项将被删除；以前单据上已录入的内容保持不变。</translation>
    </message>
    <message>
        <source>Entries merged.</source>
        <translation>字典项已合并。</translation>
    </message>
    <message>
        <source>Entry hidden from forms.</source>
        <translation>该字典项已在表单中隐藏。</translation>
    </message>
    <message>
        <source>Entry offered in forms again.</source>
        <translation>该字典项已重新在表单中提供。</translation>
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
    <message>
        <source>Branches</source>
        <translation>分公司</translation>
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
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>person</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Post salary</source>
        <translation>岗位工资</translation>
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
    <name>Order</name>
    <message>
        <source>Awaiting repair</source>
        <extracomment>How long after its pick-up a repair is under its own warranty (days), and after how many days a ready order that nobody collected needs a reminder: settings of the database (``settlement.set_setting``), these are their defaults.</extracomment>
        <translation>待维修</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Hard to repair</source>
        <translation>疑难</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>待取机</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取机</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Carry-in</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>保外</translation>
    </message>
    <message>
        <source>Manufacturer claim</source>
        <translation>厂家索赔</translation>
    </message>
    <message>
        <source>Repair finished</source>
        <translation>维修完成</translation>
    </message>
    <message>
        <source>Parts arrived</source>
        <translation>配件到货</translation>
    </message>
    <message>
        <source>Repair period extended</source>
        <translation>维修延期</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Pre-order waiting for parts</source>
        <translation>预订配件尚未到货</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订货</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已取货</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Engineer assigned</source>
        <translation>指派工程师</translation>
    </message>
    <message>
        <source>Warranty type changed</source>
        <translation>保修类型变更</translation>
    </message>
    <message>
        <source>Handed over on credit</source>
        <translation>欠款取机</translation>
    </message>
    <message>
        <source>Claim from the brand</source>
        <translation>厂家索赔应收</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Service order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印受理单</translation>
    </message>
    <message>
        <source>Print the intake receipt again (marked as a copy)</source>
        <translation>重新打印维修受理单（标为副本）</translation>
    </message>
    <message>
        <source>Print pick-up slip</source>
        <translation>打印取机结算单</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the order again (F5)</source>
        <translation>重新读取服务单（F5）</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>加急(&amp;U)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>机器:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理:</translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation>工程师(&amp;E):</translation>
    </message>
    <message>
        <source>Service &amp;mode:</source>
        <translation>服务方式(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>保修类型(&amp;W):</translation>
    </message>
    <message>
        <source>Wor&amp;k type:</source>
        <translation>工种(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>故障现象(&amp;F):</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>外观(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;ccessories:</source>
        <translation>随机附件(&amp;C):</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人:</translation>
    </message>
    <message>
        <source>Estimated fee:</source>
        <translation>预估费用:</translation>
    </message>
    <message>
        <source>Labour fee:</source>
        <translation>工时费:</translation>
    </message>
    <message>
        <source>Other fees:</source>
        <translation>其他费用:</translation>
    </message>
    <message>
        <source>Promised &amp;by:</source>
        <translation>承诺完成时间(&amp;B):</translation>
    </message>
    <message>
        <source>Pick up b&amp;y:</source>
        <translation>取机期限(&amp;Y):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Note for the step (the reason, to cancel)</source>
        <translation>本步骤备注（取消时须填写原因）</translation>
    </message>
    <message>
        <source>Start repair</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <source>Resume repair</source>
        <translation>继续维修</translation>
    </message>
    <message>
        <source>Awaiting parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <source>Hard to repair</source>
        <translation>疑难</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>待取机</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消服务单</translation>
    </message>
    <message>
        <source>Settle / pick up…</source>
        <translation>结算 / 取机…</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步:</translation>
    </message>
    <message>
        <source>&amp;Parts</source>
        <translation>配件(&amp;P)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>处理记录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知客户(&amp;N)</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>收款(&amp;Y)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>通知内容</translation>
    </message>
    <message>
        <source>How</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>What was said, who answered</source>
        <translation>通知内容、接听人</translation>
    </message>
    <message>
        <source>&amp;Record notification</source>
        <translation>记录通知(&amp;R)</translation>
    </message>
    <message>
        <source>Told:</source>
        <translation>通知内容:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>Repeat repair: this device was repaired under order {number} and came back within that repair&apos;s warranty.</source>
        <translation>返修：该机器曾在服务单 {number} 中维修，在该次维修的保修期内返修。</translation>
    </message>
    <message>
        <source>SN {serial}</source>
        <translation>机身编号 {serial}</translation>
    </message>
    <message>
        <source>warranty to {day}</source>
        <translation>保修期至 {day}</translation>
    </message>
    <message>
        <source>{when} by {who}, {branch}</source>
        <translation>{when}，{who}，{branch}</translation>
    </message>
    <message>
        <source>Changed from the suggested {warranty}</source>
        <translation>已从建议的{warranty}更改</translation>
    </message>
    <message>
        <source>As the device suggests</source>
        <translation>与机器保修状态一致</translation>
    </message>
    <message>
        <source>&amp;Events ({n})</source>
        <translation>处理记录（{n}）(&amp;E)</translation>
    </message>
    <message>
        <source>Told so far: {counts}</source>
        <translation>已通知：{counts}</translation>
    </message>
    <message>
        <source>&amp;Notifications ({n})</source>
        <translation>通知客户（{n}）(&amp;N)</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>To claim from the brand</source>
        <translation>厂家索赔应收</translation>
    </message>
    <message>
        <source>Pa&amp;yments ({n})</source>
        <translation>收款（{n}）(&amp;Y)</translation>
    </message>
    <message>
        <source>Take a payment…</source>
        <translation>收款…</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>重新打印受理单</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>未完成：{problem}</translation>
    </message>
    <message>
        <source>(Refresh with F5.)</source>
        <translation>（请按 F5 刷新。）</translation>
    </message>
    <message>
        <source>Save the changes first (Ctrl+S).</source>
        <translation>请先保存修改（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Now: {status}.</source>
        <translation>当前状态：{status}。</translation>
    </message>
    <message>
        <source>Settlement is not available in this version.</source>
        <translation>此版本不提供结算功能。</translation>
    </message>
    <message>
        <source>Recorded. Save your other changes, then refresh.</source>
        <translation>已记录。请保存您的其他修改，然后刷新。</translation>
    </message>
    <message>
        <source>Recorded: {kind} by {channel}.</source>
        <translation>已记录：{kind}，通知方式：{channel}。</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>服务单 {number}</translation>
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
    <name>PartLinesEditor</name>
    <message>
        <source>Warehouse</source>
        <extracomment>The warehouse kind a branch keeps its spare parts in: where a first line starts.</extracomment>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>添加明细(&amp;L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Parts: ¥{total}</source>
        <translation>配件：¥{total}</translation>
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
        <extracomment>Settings an editor of basic settings may change (a row-level policy keeps the others, such as the role prefix, out of reach). Defaults: settlement.ORDER_SETTINGS.</extracomment>
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
        <source>Make and change draft stock slips, and cancel them</source>
        <translation>新增和修改库存单据草稿，以及作废单据</translation>
    </message>
    <message>
        <source>Approve stock slips</source>
        <translation>审核库存单据</translation>
    </message>
    <message>
        <source>Post approved stock slips (moves the stock)</source>
        <translation>过账已审核的库存单据（变动库存）</translation>
    </message>
    <message>
        <source>Correct posted stock slips (reversal and new slip)</source>
        <translation>更正已过账的库存单据（红冲并重开新单）</translation>
    </message>
    <message>
        <source>Take in and change service orders, take payments, hand repaired machines over, notify customers, take parts pre-orders</source>
        <translation>受理和修改服务单、收款、交付修好的机器、通知客户、受理配件预订</translation>
    </message>
    <message>
        <source>Repair in the workshop: take orders on, record the parts used, mark them waiting for parts, hard to repair or ready</source>
        <translation>车间维修：接单维修、登记所用配件、将服务单标记为待料、疑难或待取机</translation>
    </message>
    <message>
        <source>Dispatch on-site orders to engineers and service outlets, requisition parts on dispatch slips, enter completions</source>
        <translation>将上门服务单派工给工程师和服务网点、在派工单上领用配件、录入完工</translation>
    </message>
    <message>
        <source>Cancel service orders</source>
        <translation>取消服务单</translation>
    </message>
    <message>
        <source>Give discounts above the limit</source>
        <translation>给予超出限额的折扣</translation>
    </message>
    <message>
        <source>Hand over orders and pre-orders unpaid (on credit)</source>
        <translation>服务单和配件预订未付清即交付（欠款取机）</translation>
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
    <name>Preorders</name>
    <message>
        <source>Reading the pre-order…</source>
        <extracomment>The warehouse last used, per database and branch, for this run of the program.</extracomment>
        <translation>正在读取配件预订单…</translation>
    </message>
    <message>
        <source>{number}  {status}
{customer}  {phone}
{part}  × {qty} {unit}  at {price}
Amount {amount}, paid {paid}, balance {balance}</source>
        <translation>{number}  {status}
{customer}  {phone}
{part}  × {qty} {unit}  单价 {price}
金额 {amount}，已付 {paid}，尚欠 {balance}</translation>
    </message>
    <message>
        <source>Collect pre-ordered parts</source>
        <translation>领取预订配件</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>取货</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>付款方式(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A):</translation>
    </message>
    <message>
        <source>{amount} stays unpaid: it will be recorded as a receivable (on credit).</source>
        <translation>{amount} 未付：将记为应收款（赊账）。</translation>
    </message>
    <message>
        <source>Cancel pre-order</source>
        <translation>取消配件预订单</translation>
    </message>
    <message>
        <source>Cancel the pre-order</source>
        <translation>取消该配件预订单</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <source>{amount} was paid: give it back through the cashier.</source>
        <translation>已付 {amount}：请通过收银台退还。</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (ordered or arrived)</source>
        <translation>未完成（已订货或已到货）</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>预订时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Part code</source>
        <translation>配件编码</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到货时间</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>取货时间</translation>
    </message>
    <message>
        <source>Times told</source>
        <translation>通知次数</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Parts pre-orders</source>
        <translation>配件预订</translation>
    </message>
    <message>
        <source>New pre-order…</source>
        <translation>新建配件预订…</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>取货…</translation>
    </message>
    <message>
        <source>The customer collects the parts and pays the balance (Enter)</source>
        <translation>客户取货并付清尚欠金额（回车）</translation>
    </message>
    <message>
        <source>The parts came in otherwise than by a posted stock-in</source>
        <translation>配件不是通过已过账的入库单到货时，手工标记为已到货</translation>
    </message>
    <message>
        <source>Cancel pre-order…</source>
        <translation>取消配件预订…</translation>
    </message>
    <message>
        <source>The parts have not arrived yet.</source>
        <translation>配件尚未到货。</translation>
    </message>
    <message>
        <source>The parts were collected.</source>
        <translation>配件已取货。</translation>
    </message>
    <message>
        <source>The pre-order is cancelled.</source>
        <translation>该配件预订单已取消。</translation>
    </message>
    <message>
        <source>Pre-order {number}: {status}.</source>
        <translation>配件预订单 {number}：{status}。</translation>
    </message>
    <message>
        <source>Pre-order {number} taken.</source>
        <translation>已受理配件预订单 {number}。</translation>
    </message>
    <message>
        <source>Pre-order {number} collected.</source>
        <translation>配件预订单 {number} 已取货。</translation>
    </message>
    <message>
        <source>Pre-order {number} cancelled.</source>
        <translation>配件预订单 {number} 已取消。</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>标记为已到货</translation>
    </message>
    <message>
        <source>New parts pre-order</source>
        <extracomment>The warehouse kind of spare parts stores (``service_orders.form_choices``).</extracomment>
        <translation>新建配件预订</translation>
    </message>
    <message>
        <source>the part&apos;s sale price</source>
        <translation>配件的销售价</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>配件(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q):</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>单价(&amp;R):</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额:</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>定金(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>Mark the parts of pre-order {number} arrived? Do this only if they came in otherwise than by a posted stock-in.</source>
        <translation>将配件预订单 {number} 的配件标记为已到货吗？仅当配件不是通过已过账的入库单入库时才这样做。</translation>
    </message>
    <message>
        <source>Pre-order {number} marked arrived.</source>
        <translation>配件预订单 {number} 已标记为已到货。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
    <message>
        <source>Page {n} of {pages}</source>
        <translation>第 {n} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
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
    <name>Receipt</name>
    <message>
        <source>In warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>保外</translation>
    </message>
    <message>
        <source>Manufacturer claim</source>
        <translation>厂家索赔</translation>
    </message>
    <message>
        <source>Carry-in</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>COPY {n}</source>
        <translation>副本 {n}</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>服务单号</translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation>受理时间：{when}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>机身编号</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Service intake receipt</source>
        <translation>维修受理单</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Repeat repair of</source>
        <translation>返修原单</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修类型</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Estimated fee</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>Pick up by</source>
        <translation>取机期限</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Accessories received</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Keep this receipt: the device is handed back against it. If it is lost, bring an identity document and the phone number given above.</source>
        <translation>请妥善保管本单，凭本单取机。如本单遗失，请携带身份证件并提供上面登记的电话号码取机。</translation>
    </message>
    <message>
        <source>We let you know when the device is ready. Please collect it by {date}.</source>
        <translation>机器修好后我们会通知您，请在 {date} 前取机。</translation>
    </message>
    <message>
        <source>Back up the data on the device before handing it in: a repair can erase it, and we cannot answer for data lost.</source>
        <translation>送修前请备份机器中的数据：维修可能导致数据丢失，本公司对数据丢失不承担责任。</translation>
    </message>
    <message>
        <source>The estimated fee is a guide: we ask you before any work that costs more.</source>
        <translation>预估费用仅供参考：如需超出预估费用，维修前会征得您的同意。</translation>
    </message>
    <message>
        <source>The accessories and the appearance above are what we received; please check them before signing.</source>
        <translation>以上随机附件和外观为本公司收到时的情况，请核对无误后签字。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>客户须知</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Received by (clerk)</source>
        <translation>受理人签字</translation>
    </message>
    <message>
        <source>Pick-up and settlement slip</source>
        <translation>取机结算单</translation>
    </message>
    <message>
        <source>Picked up {when}</source>
        <translation>取机时间：{when}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>No parts used</source>
        <translation>未使用配件</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件费</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时费</translation>
    </message>
    <message>
        <source>Other fees</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid: {method}, {when}</source>
        <translation>收款：{method}，{when}</translation>
    </message>
    <message>
        <source>Paid in total</source>
        <translation>已付合计</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>尚欠金额</translation>
    </message>
    <message>
        <source>To refund</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <source>Total in words: {words} ({figure})</source>
        <translation>合计金额（大写）：{words}（{figure}）</translation>
    </message>
    <message>
        <source>Under warranty: no charge for parts and labour.</source>
        <translation>保修范围内：免收配件费和工时费。</translation>
    </message>
    <message>
        <source>Check the device and its accessories before you leave: by signing you confirm that you received them in good order.</source>
        <translation>请在离开前检查机器及随机附件：签字即表示您已收到且完好无损。</translation>
    </message>
    <message>
        <source>Keep this slip: it is the proof of payment and of the repair, which we need to serve a repeat repair under its warranty.</source>
        <translation>请妥善保管本单：本单是付款和维修的凭证，在保修期内返修时须出示。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>所用配件</translation>
    </message>
    <message>
        <source>Handed over by (clerk)</source>
        <translation>交机人签字</translation>
    </message>
    <message>
        <source>Received by (customer)</source>
        <translation>取机人签字</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
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
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
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
        <source>Post salary</source>
        <translation>岗位工资</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Regions served</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
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
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Outlet&apos;s share of the labour fee</source>
        <translation>网点工时费分成比例</translation>
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
        <source>Model</source>
        <translation>型号</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>投诉主题</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Resolution</source>
        <translation>处理结果</translation>
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
        <source>Kind</source>
        <translation>仓库类型</translation>
    </message>
    <message>
        <source>Standard labour fee</source>
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
        <source>Reward or penalty</source>
        <translation>奖惩类型</translation>
    </message>
    <message>
        <source>Reward (added)</source>
        <translation>奖励（加款）</translation>
    </message>
    <message>
        <source>Penalty (deducted)</source>
        <translation>扣罚（扣款）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Service mode</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Allowed time (hours)</source>
        <translation>允许时长（小时）</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计扣单位</translation>
    </message>
    <message>
        <source>Hour late</source>
        <translation>每超期 1 小时</translation>
    </message>
    <message>
        <source>Day late</source>
        <translation>每超期 1 天</translation>
    </message>
    <message>
        <source>Cap (0: none)</source>
        <translation>封顶金额（0：不封顶）</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the record again from the server (your changes are discarded)</source>
        <translation>从服务器重新读取该记录（您的修改将被放弃）</translation>
    </message>
    <message>
        <source>Read only: your profile does not allow changing this.</source>
        <translation>只读：您的角色无权修改此项。</translation>
    </message>
    <message>
        <source>(automatic when left empty)</source>
        <translation>（留空则自动生成）</translation>
    </message>
    <message>
        <source>(inactive #{id})</source>
        <translation>（已停用 #{id}）</translation>
    </message>
    <message>
        <source>Last changed by {who} at {when}.</source>
        <translation>最后由 {who} 于 {when} 修改。</translation>
    </message>
    <message>
        <source>To correct: {fields}</source>
        <translation>待改正：{fields}</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请改正标红的字段。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>New {record}</source>
        <translation>新建{record}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this {record}?</source>
        <translation>确定要删除该{record}吗？</translation>
    </message>
    <message>
        <source>Not deleted: {problem}</source>
        <translation>未删除：{problem}</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Deactivate it now?</source>
        <translation>是否立即停用？</translation>
    </message>
    <message>
        <source>Deactivated: it is kept, but no longer offered for new work.</source>
        <translation>已停用：记录仍保留，但不再用于新业务。</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Filter regions…</source>
        <translation>筛选区域…</translation>
    </message>
    <message>
        <source>{n} chosen</source>
        <translation>已选 {n} 个</translation>
    </message>
</context>
<context>
    <name>ReturningPanel</name>
    <message>
        <source>Returning customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Type a phone number, a name, a customer code, pinyin initials or a serial number in the Customer field: what the customer had done here shows in this panel.</source>
        <translation>在“客户”栏输入电话号码、姓名、客户编码、拼音首字母或机身编号：该客户在本公司的服务记录将显示在此面板中。</translation>
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
        <source>Warranty to</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Double-click or Enter: take this device in</source>
        <translation>双击或回车：受理这台机器</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺完成时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>预订日期</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the order</source>
        <translation>双击或回车：打开服务单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>服务单</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成服务单</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Pre-orders</source>
        <translation>配件预订</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Returning customer: {name}</source>
        <translation>老客户：{name}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>{orders} earlier orders · {open} open · {complaints} complaints</source>
        <translation>以往服务单 {orders} 张 · 未完成 {open} 张 · 投诉 {complaints} 次</translation>
    </message>
    <message>
        <source>Owes ¥{amount}</source>
        <translation>欠款 ¥{amount}</translation>
    </message>
    <message>
        <source>Owes nothing</source>
        <translation>无欠款</translation>
    </message>
    <message>
        <source>Repeat repair: within the warranty of {number}</source>
        <translation>返修：在服务单 {number} 的保修期内</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>保内</translation>
    </message>
    <message>
        <source>Orders ({n})</source>
        <translation>服务单（{n}）</translation>
    </message>
    <message>
        <source>Open orders ({n})</source>
        <translation>未完成服务单（{n}）</translation>
    </message>
    <message>
        <source>Complaints ({n})</source>
        <translation>投诉（{n}）</translation>
    </message>
    <message>
        <source>Pre-orders ({n})</source>
        <translation>配件预订（{n}）</translation>
    </message>
    <message>
        <source>Devices ({n}): double-click one to take it in</source>
        <translation>机器（{n}）：双击一台即可受理</translation>
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
<context>
    <name>Settlement</name>
    <message>
        <source>to record</source>
        <translation>待记录</translation>
    </message>
    <message>
        <source>with {amount} to record</source>
        <translation>另有 {amount} 待记录</translation>
    </message>
    <message>
        <source>You may give any discount.</source>
        <translation>您可以给予任意折扣。</translation>
    </message>
    <message>
        <source>Up to {limit} without the discount permission</source>
        <translation>无折扣权限时最多 {limit}</translation>
    </message>
    <message>
        <source>To claim from the brand {brand}: {amount}, recorded when the machine is picked up.</source>
        <translation>向厂家 {brand} 索赔：{amount}，于取机时记录。</translation>
    </message>
    <message>
        <source>Pick &amp;up</source>
        <translation>取机(&amp;U)</translation>
    </message>
    <message>
        <source>Settlement and pick-up: {number}</source>
        <translation>结算并取机：{number}</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Parts fee:</source>
        <translation>配件费:</translation>
    </message>
    <message>
        <source>Labour fee:</source>
        <translation>工时费:</translation>
    </message>
    <message>
        <source>&amp;Other fees:</source>
        <translation>其他费用(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>折扣(&amp;D):</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>应收金额:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>已付:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>尚欠:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>收款时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>&amp;Add payment</source>
        <translation>添加收款(&amp;A)</translation>
    </message>
    <message>
        <source>Add the payment to those to record (Enter in the note)</source>
        <translation>将该笔收款加入待记录的收款（在备注中按回车）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove a payment not yet recorded (recorded payments stay)</source>
        <translation>删除尚未记录的收款（已记录的收款保留）</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>收款方式(&amp;M):</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Print pick-up slip…</source>
        <translation>打印取机结算单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the pick-up and settlement slip with a preview (Ctrl+P)</source>
        <translation>打印取机结算单，打印前可预览（Ctrl+P）</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>记录(&amp;C)</translation>
    </message>
    <message>
        <source>Record the fees and the payments without handing the machine over (Ctrl+S)</source>
        <translation>记录费用和收款，但不交机（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>{n} part lines</source>
        <translation>{n} 行配件</translation>
    </message>
    <message>
        <source>free: {warranty}</source>
        <translation>免费：{warranty}</translation>
    </message>
    <message>
        <source>Record the fees and payments and hand the machine over</source>
        <translation>记录费用和收款，并交机</translation>
    </message>
    <message>
        <source>Only an order ready for pick-up can be handed over (this one: {status}).</source>
        <translation>只有待取机的服务单才能交机（本单：{status}）。</translation>
    </message>
    <message>
        <source>The pick-up slip is printed for an order ready for pick-up or picked up.</source>
        <translation>只有待取机或已取机的服务单才能打印取机结算单。</translation>
    </message>
    <message>
        <source>Pick &amp;up on credit</source>
        <translation>欠款取机(&amp;U)</translation>
    </message>
    <message>
        <source>Handing over now leaves {amount} unpaid: it will be recorded as a receivable (handed over on credit).</source>
        <translation>现在交机将有 {amount} 未付：将记为应收款（欠款取机）。</translation>
    </message>
    <message>
        <source>Receivable recorded: {kind}, {amount}</source>
        <translation>已记录应收款：{kind}，{amount}</translation>
    </message>
    <message>
        <source>Recorded payments cannot be removed.</source>
        <translation>已记录的收款不能删除。</translation>
    </message>
    <message>
        <source>Nothing to record.</source>
        <translation>没有需要记录的内容。</translation>
    </message>
    <message>
        <source>Recorded. Balance: {amount}.</source>
        <translation>已记录。尚欠：{amount}。</translation>
    </message>
    <message>
        <source>Handed over.</source>
        <translation>已交机。</translation>
    </message>
    <message>
        <source>Handed over on credit: {amount} is recorded as a receivable.</source>
        <translation>已欠款取机：{amount} 已记为应收款。</translation>
    </message>
    <message>
        <source>{amount} to claim from the brand {brand} is recorded.</source>
        <translation>已记录向厂家 {brand} 索赔 {amount}。</translation>
    </message>
    <message>
        <source>Print the pick-up slip for the customer&apos;s signature (Ctrl+P).</source>
        <translation>请打印取机结算单供客户签字（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>已打印到 {path}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The payments and fees typed are not recorded. Close anyway?</source>
        <translation>已输入的收款和费用尚未记录。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>SlipForm</name>
    <message>
        <source>(numbered when saved)</source>
        <translation>（保存时自动编号）</translation>
    </message>
    <message>
        <source>Supplier, customer or dealer</source>
        <translation>供应商、客户或经销商</translation>
    </message>
    <message>
        <source>&amp;To warehouse:</source>
        <translation>调入仓库(&amp;T):</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>单号:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>单据类型(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>业务类型(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Counterparty:</source>
        <translation>往来单位(&amp;C):</translation>
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
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Fault origin</source>
        <translation>故障来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>添加明细(&amp;L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Fill from &amp;stock</source>
        <translation>按库存带出(&amp;S)</translation>
    </message>
    <message>
        <source>A stocktake starts from every product the warehouse holds; type what was counted</source>
        <translation>盘点从该仓库现有的全部产品开始，请录入实际盘点的数量</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>弃审</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>过账(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel slip</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <source>Choose the warehouse first.</source>
        <translation>请先选择仓库。</translation>
    </message>
    <message>
        <source>{n} products on the count sheet.</source>
        <translation>盘点表中共有 {n} 种产品。</translation>
    </message>
    <message>
        <source>Correcting {number}</source>
        <translation>正在更正 {number}</translation>
    </message>
    <message>
        <source>Created by {who} at {when}</source>
        <translation>{who} 于 {when} 制单</translation>
    </message>
    <message>
        <source>approved by {who} at {when}</source>
        <translation>{who} 于 {when} 审核</translation>
    </message>
    <message>
        <source>posted by {who} at {when}</source>
        <translation>{who} 于 {when} 过账</translation>
    </message>
    <message>
        <source>cancelled by {who} at {when}</source>
        <translation>{who} 于 {when} 作废</translation>
    </message>
    <message>
        <source>reverses {number}</source>
        <translation>红冲原单 {number}</translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation>更正原单 {number}</translation>
    </message>
    <message>
        <source>reversed by {number}</source>
        <translation>已被 {number} 红冲</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>操作未完成：{problem}</translation>
    </message>
    <message>
        <source>(Refresh with F5.)</source>
        <translation>（请按 F5 刷新。）</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>请先保存修改。</translation>
    </message>
    <message>
        <source>Post a reversal of {number}? Its stock moves are undone; the slip itself stays as it was.</source>
        <translation>要为 {number} 过账红冲单吗？该单据引起的库存变动将被冲回，单据本身保持不变。</translation>
    </message>
    <message>
        <source>Change the slip as it should have been and save: the original is reversed and the corrected slip posted.</source>
        <translation>请将单据改成正确的内容后保存：系统将红冲原单，并过账更正后的单据。</translation>
    </message>
    <message>
        <source>Warehouse: {warehouse}    Date: {date}    Reason: {reason}</source>
        <translation>仓库：{warehouse}    日期：{date}    业务类型：{reason}</translation>
    </message>
    <message>
        <source>Counterparty: {who}    Status: {status}    Branch: {branch}</source>
        <translation>往来单位：{who}    状态：{status}    分公司：{branch}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total quantity: {total}        Keeper: ________    Approved by: ________    Received by: ________</source>
        <translation>数量合计：{total}        保管员：________    审核人：________    经办人：________</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>新建{kind}</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Stock-in</source>
        <extracomment>Number prefixes per kind (the usual Chinese initials: 入库 RK, 出库 CK, 调拨 DB, 盘点 PD).</extracomment>
        <translation>入库</translation>
    </message>
    <message>
        <source>Stock-out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation>采购入库</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>客户退货</translation>
    </message>
    <message>
        <source>Dealer return</source>
        <translation>经销商退货</translation>
    </message>
    <message>
        <source>Faulty part taken off a device</source>
        <translation>拆机旧件入库</translation>
    </message>
    <message>
        <source>Other stock-in</source>
        <translation>其他入库</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售出库</translation>
    </message>
    <message>
        <source>Used in repairs</source>
        <translation>维修领用</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废出库</translation>
    </message>
    <message>
        <source>Other stock-out</source>
        <translation>其他出库</translation>
    </message>
    <message>
        <source>Into scrap</source>
        <translation>转入报废库</translation>
    </message>
    <message>
        <source>Into dealer returns</source>
        <translation>转入经销商退货库</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Faulty from the supplier</source>
        <translation>来货不良</translation>
    </message>
    <message>
        <source>Damaged in the workshop</source>
        <translation>维修中损坏</translation>
    </message>
    <message>
        <source>Stock slip</source>
        <extracomment>What a ledger row&apos;s source is (stock_move.source_kind). Later documents add theirs.</extracomment>
        <translation>库存单据</translation>
    </message>
</context>
<context>
    <name>StockViews</name>
    <message>
        <source>Stock slip</source>
        <translation>库存单据</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>调入仓库</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行数</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>红冲原单</translation>
    </message>
    <message>
        <source>Reversed by</source>
        <translation>红冲单号</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>过账时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stock slips</source>
        <translation>库存单据</translation>
    </message>
    <message>
        <source>New slip</source>
        <translation>新建单据</translation>
    </message>
    <message>
        <source>Warehouse code</source>
        <translation>仓库编码</translation>
    </message>
    <message>
        <source>Warehouse kind</source>
        <translation>仓库类型</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
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
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>只显示低库存(&amp;L)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结存</translation>
    </message>
    <message>
        <source>Fault origin</source>
        <translation>故障来源</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Stock card: {what}</source>
        <translation>库存卡片：{what}</translation>
    </message>
    <message>
        <source>Card: {what}</source>
        <translation>卡片：{what}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>成本金额</translation>
    </message>
    <message>
        <source>Stock valuation</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>库存台账</translation>
    </message>
</context>
<context>
    <name>Trees</name>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>(No grade)</source>
        <translation>（无等级）</translation>
    </message>
    <message>
        <source>(No region)</source>
        <translation>（无区域）</translation>
    </message>
    <message>
        <source>(No category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Move “{name}” to…</source>
        <translation>将“{name}”移到…</translation>
    </message>
    <message>
        <source>Type to filter: name, code or pinyin</source>
        <translation>输入以筛选：名称、编码或拼音</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>（最上级）</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Where should “{name}” go?</source>
        <translation>要将“{name}”移到哪里？</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Show deactivated entries too (greyed)</source>
        <translation>同时显示已停用的项（灰色显示）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移到…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>A new entry under the selected one (Ctrl+N)</source>
        <translation>在所选项下新建下级（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the selected entry&apos;s form (F2, Enter)</source>
        <translation>打开所选项的编辑窗口（F2、Enter）</translation>
    </message>
    <message>
        <source>Move the selected entry under another one (Ctrl+M, or drag it there)</source>
        <translation>将所选项移到其他项之下（Ctrl+M，或直接拖放）</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation>新建{what}</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the next {n}</source>
        <translation>双击或按 Enter 显示后面 {n} 项</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Moved “{name}” to “{target}”.</source>
        <translation>已将“{name}”移到“{target}”。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最上级</translation>
    </message>
    <message>
        <source>There is nowhere “{name}” could move to.</source>
        <translation>“{name}”没有可移动到的位置。</translation>
    </message>
    <message>
        <source>Activated “{name}”.</source>
        <translation>已启用“{name}”。</translation>
    </message>
    <message>
        <source>Deactivated “{name}”.</source>
        <translation>已停用“{name}”。</translation>
    </message>
    <message>
        <source>Department / employee</source>
        <translation>部门 / 员工</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
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
        <source>Category / product</source>
        <translation>类别 / 产品</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Grade / region / customer</source>
        <translation>等级 / 区域 / 客户</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Region (customers)</source>
        <translation>区域（客户数）</translation>
    </message>
    <message>
        <source>Branch / kind / warehouse</source>
        <translation>分公司 / 类型 / 仓库</translation>
    </message>
</context>
</TS>
