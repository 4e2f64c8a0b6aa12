import { MessagePage } from "./_components/shared/MessagePage";

export default function NotFound() {
  return (
    <MessagePage title="This page doesn't exist">
      <p>To join a workshop, type the code shown on the screen on the start page.</p>
    </MessagePage>
  );
}
