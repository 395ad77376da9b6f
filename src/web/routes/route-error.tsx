import { Alert, Button, Container } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { NotFound } from '../components/feedback/not-found.tsx'

/** What a page shows when it crashes: a sentence and a way out, never a stack trace. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  return (
    <Container size="sm" py="xl">
      <Alert color="red" icon={<IconAlertTriangle />} title="This page ran into a problem">
        Something went wrong while showing it. Your data is safe on the server.
        <Button
          mt="md"
          display="block"
          variant="white"
          color="red"
          onClick={() => window.location.reload()}
        >
          Reload the page
        </Button>
      </Alert>
    </Container>
  )
}
