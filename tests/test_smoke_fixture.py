from sqlalchemy import text

from server_schema.login import describe_session


def test_clone_has_demo_operators(db):
    engine = db.operator_engine("clerk")
    with engine.connect() as conn:
        info = describe_session(conn)
        assert info.operator_code == "clerk"
        assert conn.execute(text("select count(*) from aftersales.employee")).scalar() == 25
    engine.dispose()
