from tests.support.servers import RunningServer


async def test_about_answers_on_a_running_server(server: RunningServer) -> None:
    async with server.client() as client:
        response = await client.get("/api/about")
    assert response.status_code == 200
    assert response.json()["active_cortex"] == "echo"
